// SPDX-License-Identifier: GPL-3.0-or-later
//
// Opens one bunq API session on a local sandbox with the community client
// @bunq-community/bunq-js-client 1.1.2, the same four steps as "bunq-session open": an RSA-2048
// key pair, installation, device-server and session-server, with the client's response
// verification on. Prints one JSON line with the duration of each step in milliseconds.
// bench/session-open.sh runs it beside bunq-session.
//
// Usage: node session-open.mjs --client-dir DIR --api-key-file FILE [--private-key-file PEM] BASE_URL
//   --client-dir        folder whose node_modules contains the client
//   --api-key-file      file whose first line is a sandbox API key
//   --private-key-file  an RSA-2048 private key PEM to use instead of generating one
//   BASE_URL            the sandbox's API root, e.g. http://127.0.0.1:41234/v1/ (loopback only)
//
// Facts about bunq-js-client 1.1.2 used here (files under its dist/ folder):
// - Session.js setupKeypair() generates a key pair with node-forge unless publicKey and
//   privateKey are set already, so setting both before run() makes the client reuse a key.
// - run() generates that key pair only when it gets an AES encryption key, which the client
//   uses for its stored session; it also derives a key identifier with PBKDF2 (10000 rounds).
// - ApiAdapter.js verifies responses only while ENV_CI is unset or "false".
// - run() sets Session.environmentUrl to bunq's public host; it is overwritten after run(),
//   before the first request, to reach the local sandbox.

import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';

const CLIENT_PACKAGE = '@bunq-community/bunq-js-client';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

class UsageError extends Error {}

function parseArguments(argv) {
    const options = { clientDir: '', apiKeyFile: '', privateKeyFile: '', baseUrl: '' };
    for (let i = 0; i < argv.length; ++i) {
        const value = () => {
            if (i + 1 >= argv.length) {
                throw new UsageError(`${argv[i]} needs a value`);
            }
            return argv[++i];
        };
        switch (argv[i]) {
        case '--client-dir': options.clientDir = value(); break;
        case '--api-key-file': options.apiKeyFile = value(); break;
        case '--private-key-file': options.privateKeyFile = value(); break;
        default:
            if (argv[i].startsWith('--')) {
                throw new UsageError(`unknown option ${argv[i]}`);
            }
            options.baseUrl = argv[i];
        }
    }
    if (!options.clientDir || !options.apiKeyFile || !options.baseUrl) {
        throw new UsageError('--client-dir, --api-key-file and BASE_URL are required');
    }

    const url = new URL(options.baseUrl);
    if (!LOOPBACK_HOSTS.has(url.hostname) || !url.pathname.replace(/\/+$/, '').endsWith('/v1')) {
        throw new UsageError(`BASE_URL ${options.baseUrl} must be a loopback URL ending in /v1/`);
    }
    // The client appends /v1/<endpoint> itself.
    options.apiRoot = `${url.origin}${url.pathname.replace(/\/+$/, '').slice(0, -'/v1'.length)}`;
    return options;
}

function loadClient(clientDir) {
    const requireFromDir = createRequire(path.join(path.resolve(clientDir), 'package.json'));
    const entryPoint = requireFromDir.resolve(CLIENT_PACKAGE);
    const requireFromClient = createRequire(entryPoint);
    return {
        BunqJSClient: requireFromClient(entryPoint).default,
        Rsa: requireFromClient('./Crypto/Rsa'),
    };
}

function memoryStorage() {
    const values = new Map();
    return {
        get: (key) => values.get(key),
        set: (key, value) => { values.set(key, value); },
        remove: (key) => { values.delete(key); },
    };
}

// The client's own log lines can carry request headers with tokens, so only messages pass.
function quietLogger() {
    const ignore = () => {};
    const print = (...items) => process.stderr.write(
        `bunq-js-client: ${items.map((item) => (typeof item === 'string' ? item : item?.message)).join(' ')}\n`);
    return { trace: ignore, debug: ignore, info: ignore, log: ignore, warn: print, error: print };
}

async function timed(timings, name, action) {
    const start = performance.now();
    const result = await action();
    timings[name] = Math.round((performance.now() - start) * 10) / 10;
    return result;
}

async function openSession(options) {
    if (process.env.ENV_CI !== undefined && process.env.ENV_CI !== 'false') {
        throw new Error('ENV_CI is set, which turns off bunq-js-client\'s response verification; unset it');
    }
    const timings = {};
    const start = performance.now();
    const { BunqJSClient, Rsa } = await timed(timings, 'load_client', async () => loadClient(options.clientDir));
    const apiKey = fs.readFileSync(options.apiKeyFile, 'utf8').split('\n')[0].trim();

    const client = new BunqJSClient(memoryStorage(), quietLogger());
    client.setKeepAlive(false);

    if (options.privateKeyFile) {
        await timed(timings, 'key_pair_read', async () => {
            const privateKeyPem = fs.readFileSync(options.privateKeyFile, 'utf8');
            const publicKeyPem = crypto.createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' });
            client.Session.privateKeyPem = privateKeyPem;
            client.Session.privateKey = await Rsa.privateKeyFromPem(privateKeyPem);
            client.Session.publicKeyPem = publicKeyPem;
            client.Session.publicKey = await Rsa.publicKeyFromPem(publicKeyPem);
        });
    }

    // With no key set yet, run() includes the key generation.
    const encryptionKey = crypto.randomBytes(32).toString('hex');
    await timed(timings, options.privateKeyFile ? 'run' : 'run_with_key_pair',
        () => client.run(apiKey, [], 'SANDBOX', encryptionKey));
    client.Session.environmentUrl = options.apiRoot;

    await timed(timings, 'installation', () => client.install());
    await timed(timings, 'device_server', () => client.registerDevice('bunq Session Studio benchmark'));
    await timed(timings, 'session_server', () => client.registerSession());
    if (!client.Session.sessionToken) {
        throw new Error('the client stored no session token');
    }
    timings.total = Math.round((performance.now() - start) * 10) / 10;
    return timings;
}

async function main() {
    let options;
    try {
        options = parseArguments(process.argv.slice(2));
    } catch (error) {
        process.stderr.write(`session-open.mjs: ${error.message}\n`);
        return 2;
    }
    try {
        const timings = await openSession(options);
        process.stdout.write(`${JSON.stringify(timings)}\n`);
        return 0;
    } catch (error) {
        const status = error?.response?.status;
        process.stderr.write(`session-open.mjs: ${error?.message ?? error}${status ? ` (HTTP ${status})` : ''}\n`);
        return 1;
    }
}

process.exitCode = await main();
