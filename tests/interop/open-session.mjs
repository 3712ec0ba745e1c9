// SPDX-License-Identifier: GPL-3.0-or-later
//
// Opens a bunq API session on a local sandbox with the community client
// @bunq-community/bunq-js-client 1.1.2: installation, device-server, session-server,
// GET /v1/user, GET /v1/user/{id}, the monetary-account list and one account, a request-inquiry
// to sugardaddy@bunq.com, the payment list and DELETE /v1/session/{id}, with the client's
// response verification switched on. A negative check swaps in a wrong server key and expects the client
// to reject a response. Exits 0 only if every step succeeds and the client accepts every response
// that it verifies, apart from the one that the negative check expects it to reject.
//
// Usage: node open-session.mjs [--client-dir DIR] BASE_URL
//   BASE_URL    the sandbox's API base, for example http://127.0.0.1:41234/v1/ (default: the
//               environment variable BUNQ_SANDBOX_URL). Only loopback hosts are accepted.
//   --client-dir the folder whose node_modules contains the client (default: the working directory)
//
// Facts about bunq-js-client 1.1.2 that this script relies on (file names are under
// node_modules/@bunq-community/bunq-js-client/dist/):
// - ApiAdapter.js throws "We couldn't verify the received response" only when ENV_CI is unset,
//   empty or "false". With any other value it accepts an unverified response without a warning.
// - HTTP/VerifyResponseHandler.js verifies the body only when Content-Type is exactly
//   "application/json", and returns true without checking anything before an installation exists.
// - Api/Installation.js sends POST /v1/installation with disableVerification, so the client never
//   verifies the installation response (it has no server key yet).
// - RequestLimitFactory.js paces its own calls per endpoint and method: 3 GET, 5 POST or DELETE
//   and 2 PUT per 3.35 s, which is below the sandbox's rate limits. So the sandbox runs with its
//   limits on, and this script needs no pauses for them.
// - ApiAdapter.js prefixes every relative URL with Session.environmentUrl, which run() sets to
//   bunq's public host (Session.js, URL_ENVIROMENTS). The script overwrites that property after
//   run() to reach the local sandbox.

import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';

const CLIENT_PACKAGE = '@bunq-community/bunq-js-client';
const DEVICE_DESCRIPTION = 'bunq Session Studio interop test';
const OVERALL_TIMEOUT_MS = 150_000;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const SUGAR_DADDY = { type: 'EMAIL', value: 'sugardaddy@bunq.com' };
const REQUESTED_AMOUNT = { value: '100.00', currency: 'EUR' };
const REQUEST_DESCRIPTION = 'bunq Session Studio interop test money';
// The sandbox accepts a request-inquiry to sugardaddy@bunq.com 0.5 s after it was made, as bunq's
// sandbox does within a second. The script waits a little longer before it reads the result.
const ACCEPTANCE_WAIT_MS = 700;
const IBAN_FORMAT = /^NL\d{2}BUNQ\d{10}$/;

class UsageError extends Error {}

// Responses that passed through the client's own verification, each with the client's verdict and
// an independent OpenSSL verdict over the same body, so the script can prove that verification ran.
const verifications = [];

function log(message) {
    process.stdout.write(`${message}\n`);
}

function fail(message) {
    process.stderr.write(`FAIL: ${message}\n`);
}

// Shows a secret's length and a non-secret prefix only, so that logs never carry a usable key.
function maskApiKey(apiKey) {
    const prefix = apiKey.startsWith('sandbox_') ? 'sandbox_' : '';
    return `${prefix}*** (${apiKey.length} characters)`;
}

function maskToken(token) {
    return typeof token === 'string' ? `*** (${token.length} characters)` : String(token);
}

function parseArguments(argv) {
    let clientDir = process.cwd();
    let baseUrl = process.env.BUNQ_SANDBOX_URL ?? '';

    for (let i = 0; i < argv.length; ++i) {
        if (argv[i] === '--client-dir') {
            clientDir = argv[++i] ?? '';
        } else if (argv[i].startsWith('--')) {
            throw new UsageError(`unknown option ${argv[i]}`);
        } else {
            baseUrl = argv[i];
        }
    }

    if (!baseUrl) {
        throw new UsageError('missing BASE_URL: pass the sandbox URL, for example http://127.0.0.1:41234/v1/');
    }
    if (!clientDir) {
        throw new UsageError('--client-dir needs a folder');
    }
    return { clientDir: path.resolve(clientDir), apiRoot: apiRootFromBaseUrl(baseUrl) };
}

// Returns the URL without the trailing /v1/, because the client appends "/v1/<endpoint>" itself.
function apiRootFromBaseUrl(baseUrl) {
    let url;
    try {
        url = new URL(baseUrl);
    } catch {
        throw new UsageError(`invalid BASE_URL ${JSON.stringify(baseUrl)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new UsageError(`BASE_URL ${baseUrl} must use http or https`);
    }
    if (!LOOPBACK_HOSTS.has(url.hostname)) {
        throw new UsageError(`BASE_URL ${baseUrl} is not on loopback; this test talks only to a local sandbox`);
    }

    const pathname = url.pathname.replace(/\/+$/, '');
    if (!pathname.endsWith('/v1')) {
        throw new UsageError(`BASE_URL ${baseUrl} must end in /v1/`);
    }
    return `${url.origin}${pathname.slice(0, -'/v1'.length)}`;
}

// The client treats any non-empty ENV_CI other than "false" as "skip verification", and "true"
// also makes it load its RSA keys from CI_PUBLIC_KEY_PEM and CI_PRIVATE_KEY_PEM. This check
// accepts only unset or "false".
function requireVerificationEnabled() {
    const value = process.env.ENV_CI;
    if (value !== undefined && value !== 'false') {
        throw new Error(`ENV_CI is set to ${JSON.stringify(value)}, which turns off bunq-js-client's response `
            + 'verification; run this script with ENV_CI unset (for example through "env -u ENV_CI")');
    }
    log(`ENV_CI is ${value === undefined ? 'unset' : '"false"'}: bunq-js-client verifies responses`);
}

function loadClient(clientDir) {
    const requireFromClientDir = createRequire(path.join(clientDir, 'package.json'));
    let entryPoint;
    try {
        entryPoint = requireFromClientDir.resolve(CLIENT_PACKAGE);
    } catch {
        throw new Error(`${CLIENT_PACKAGE} is not installed under ${clientDir}/node_modules; `
            + 'run "npm install" in that folder, or build the CMake target interop_js_client_install');
    }

    // Loads axios through the client's own resolution so that the interceptors land on the
    // very module instance the client sends with.
    const requireFromClient = createRequire(entryPoint);
    const version = requireFromClient('../package.json').version;
    return {
        BunqJSClient: requireFromClient(entryPoint).default,
        axios: requireFromClient('axios'),
        version,
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

// The client logs whole axios errors at error level, and those carry the request headers with
// the tokens, so only strings and error messages are printed.
function quietClientLogger() {
    const describe = (item) => (typeof item === 'string' ? item : item?.message ?? typeof item);
    const ignore = () => {};
    const print = (...items) => process.stderr.write(`bunq-js-client: ${items.map(describe).join(' ')}\n`);
    return { trace: ignore, debug: ignore, info: ignore, log: ignore, warn: print, error: print };
}

function postJson(url, body) {
    const payload = JSON.stringify(body);
    return new Promise((resolve, reject) => {
        const request = http.request(url, {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json',
                'Content-Length': Buffer.byteLength(payload),
                'Cache-Control': 'no-cache',
                'User-Agent': 'bunq-session-studio-interop-test',
                'X-Bunq-Client-Request-Id': crypto.randomUUID(),
            },
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('end', () => resolve({
                status: response.statusCode,
                body: Buffer.concat(chunks).toString('utf8'),
            }));
        });
        request.on('error', reject);
        request.end(payload);
    });
}

// bunq-js-client 1.1.2 calls only the removed POST /v1/sandbox-user, so the script creates the
// user itself, without authentication, as bunq's documentation shows.
async function createSandboxUser(apiRoot) {
    const url = `${apiRoot}/v1/sandbox-user-person`;
    const response = await postJson(url, {});
    if (response.status !== 200) {
        throw new Error(`POST /v1/sandbox-user-person returned HTTP ${response.status}: ${response.body.slice(0, 300)}`);
    }

    const apiKey = JSON.parse(response.body)?.Response?.[0]?.ApiKey?.api_key;
    if (typeof apiKey !== 'string' || !apiKey.startsWith('sandbox_')) {
        throw new Error('POST /v1/sandbox-user-person returned no Response[0].ApiKey.api_key starting with "sandbox_"');
    }
    return apiKey;
}

function headerValue(headers, name) {
    return headers?.[name.toLowerCase()];
}

// Rejects any request that would leave the sandbox, and turns off axios 0.18's proxy support,
// which reads http_proxy and ignores no_proxy, so loopback calls never go through a proxy.
function guardRequests(axiosInstances, apiRoot) {
    const origin = new URL(apiRoot).origin;
    for (const instance of axiosInstances) {
        instance.interceptors.request.use((config) => {
            if (new URL(config.url).origin !== origin) {
                throw new Error(`bunq-js-client tried to reach ${new URL(config.url).origin} instead of the sandbox at ${origin}`);
            }
            config.proxy = false;
            return config;
        });
    }
}

function pathOf(url) {
    return url ? new URL(url).pathname : '(unknown URL)';
}

// Wraps the client's VerifyResponseHandler.verifyResponse, which ApiAdapter.request calls for
// every response that is not sent with disableVerification.
function recordVerifications(client) {
    const handler = client.ApiAdapter.VerifyResponseHandler;
    const verifyResponse = handler.verifyResponse.bind(handler);

    handler.verifyResponse = async (response) => {
        const session = client.Session;
        const hadServerKey = Boolean(session.serverPublicKey);
        const verdict = await verifyResponse(response);

        const signature = headerValue(response.headers, 'X-Bunq-Server-Signature');
        const body = typeof response.data === 'string' ? response.data : '';
        let opensslVerdict = null;
        if (hadServerKey && signature) {
            opensslVerdict = crypto.verify('sha256', Buffer.from(body, 'utf8'),
                session.serverPublicKeyPem, Buffer.from(signature, 'base64'));
        }

        verifications.push({
            method: response.config?.method?.toUpperCase(),
            path: pathOf(response.config?.url),
            status: response.status,
            contentType: headerValue(response.headers, 'Content-Type'),
            hasSignature: Boolean(signature),
            hadServerKey,
            verdict,
            opensslVerdict,
        });
        return verdict;
    };
}

function lastVerification() {
    return verifications.at(-1);
}

// Checks that the client verified the response of the step that just ran with a server key, and
// that OpenSSL agrees. Before an installation the client returns true without checking anything.
function requireVerified(stepName, expectedPath, verificationCountBefore) {
    if (verifications.length === verificationCountBefore) {
        throw new Error(`${stepName}: bunq-js-client did not run its response verification`);
    }

    const record = lastVerification();
    if (record.path !== expectedPath) {
        throw new Error(`${stepName}: the last verified response was for ${record.path}, expected ${expectedPath}`);
    }
    if (!record.hadServerKey) {
        throw new Error(`${stepName}: bunq-js-client had no server public key, so it checked nothing`);
    }
    if (record.contentType !== 'application/json') {
        throw new Error(`${stepName}: Content-Type is ${JSON.stringify(record.contentType)}; bunq-js-client 1.1.2 `
            + 'verifies the body only when Content-Type is exactly "application/json"');
    }
    if (!record.hasSignature) {
        throw new Error(`${stepName}: the response has no X-Bunq-Server-Signature header`);
    }
    if (record.verdict !== true) {
        throw new Error(`${stepName}: bunq-js-client rejected X-Bunq-Server-Signature`);
    }
    if (record.opensslVerdict !== true) {
        throw new Error(`${stepName}: bunq-js-client accepted a signature that OpenSSL rejects over the same body`);
    }
    return `verified by bunq-js-client (OpenSSL agrees), ${record.method} ${record.path} HTTP ${record.status}`;
}

// Runs one step and prints its outcome. A bunq error is printed with status and description only,
// because an axios error also carries the request headers with the tokens.
async function runStep(number, total, title, action) {
    log(`[${number}/${total}] ${title}`);
    try {
        const outcome = await action();
        log(`      ok: ${outcome}`);
    } catch (error) {
        throw new Error(`step ${number} (${title}) failed: ${describeError(error)}`);
    }
}

function describeError(error) {
    const response = error?.response;
    if (!response) {
        return error?.message ?? String(error);
    }
    if (error.errorCode === 'INVALID_RESPONSE_RECEIVED') {
        return `${error.message} [${error.errorCode}]: ${explainVerificationFailure(lastVerification())}`;
    }

    const raw = typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
    let description = raw?.slice(0, 300) ?? '(no body)';
    try {
        const errors = JSON.parse(raw)?.Error;
        if (Array.isArray(errors)) {
            description = errors.map((item) => item.error_description).join(' ');
        }
    } catch {
        // Not JSON: the raw text is shown.
    }
    const contentType = JSON.stringify(headerValue(response.headers, 'Content-Type'));
    return `${error.message}; HTTP ${response.status}, Content-Type ${contentType}: ${description}`;
}

// Names the reason, in the order VerifyResponseHandler.js checks things, why the client
// rejected a response.
function explainVerificationFailure(record) {
    if (!record) {
        return 'no verification was recorded';
    }

    const where = `${record.method} ${record.path} HTTP ${record.status}`;
    if (!record.hasSignature) {
        return `${where} has no X-Bunq-Server-Signature header`;
    }
    if (record.contentType !== 'application/json') {
        return `${where} has Content-Type ${JSON.stringify(record.contentType)}; bunq-js-client 1.1.2 hashes the `
            + 'body only when Content-Type is exactly "application/json", and an empty string otherwise';
    }
    if (record.opensslVerdict === true) {
        return `${where}: OpenSSL accepts the signature over the UTF-8 body but bunq-js-client does not; `
            + 'it hashes one byte per UTF-16 unit, so the body probably contains unescaped non-ASCII characters';
    }
    return `${where}: X-Bunq-Server-Signature does not match the body for the server public key from the installation`;
}

async function openSession({ clientDir, apiRoot }) {
    requireVerificationEnabled();

    const { BunqJSClient, axios, version } = loadClient(clientDir);
    log(`${CLIENT_PACKAGE} ${version} from ${clientDir}`);
    if (version !== '1.1.2') {
        throw new Error(`expected ${CLIENT_PACKAGE} 1.1.2, found ${version}`);
    }
    log(`sandbox API root: ${apiRoot}/v1/`);

    const total = 13;
    let apiKey = '';
    let client = null;
    let sessionUserId = null;
    let accountId = null;

    await runStep(1, total, 'POST /v1/sandbox-user-person (plain HTTP from this script)', async () => {
        apiKey = await createSandboxUser(apiRoot);
        return `API key ${maskApiKey(apiKey)}`;
    });

    await runStep(2, total, 'BunqJSClient.run(): RSA-2048 key pair and session setup', async () => {
        client = new BunqJSClient(memoryStorage(), quietClientLogger());

        // Without keep-alive the client sets no expiry timer, so Node exits when the work is done.
        // It then checks the session before each request instead.
        client.setKeepAlive(false);

        // run() creates the key pair only when it gets an AES key (hex, 16, 24 or 32 bytes), which
        // the client uses to encrypt its stored session. With an empty permitted-IP list the
        // client omits permitted_ips, so the sandbox binds the device to the calling IP.
        const encryptionKey = crypto.randomBytes(32).toString('hex');
        await client.run(apiKey, [], 'SANDBOX', encryptionKey);

        client.Session.environmentUrl = apiRoot;
        guardRequests([axios, ...client.ApiAdapter.RequestLimitFactory.axiosClients], apiRoot);
        recordVerifications(client);

        if (!client.Session.publicKeyPem) {
            throw new Error('the client created no key pair');
        }
        return `key pair created; client URLs now start with ${client.Session.environmentUrl}`;
    });

    await runStep(3, total, 'BunqJSClient.install(): POST /v1/installation', async () => {
        const before = verifications.length;
        await client.install();

        if (!client.Session.installToken || !client.Session.serverPublicKey) {
            throw new Error('the client stored no installation token or server public key');
        }
        if (verifications.length !== before) {
            throw new Error('the client unexpectedly ran verification on the installation response');
        }
        const serverKeyDer = crypto.createPublicKey(client.Session.serverPublicKeyPem).export({ type: 'spki', format: 'der' });
        const fingerprint = crypto.createHash('sha256').update(serverKeyDer).digest('hex').slice(0, 16);
        return `installation token ${maskToken(client.Session.installToken)}, server key SHA-256 ${fingerprint}…; `
            + 'not verified: the client sends this call with disableVerification and has no server key yet';
    });

    await runStep(4, total, 'BunqJSClient.registerDevice(): POST /v1/device-server', async () => {
        const before = verifications.length;
        await client.registerDevice(DEVICE_DESCRIPTION);

        if (client.Session.deviceId === null || client.Session.deviceId === undefined) {
            throw new Error('the client stored no device id');
        }
        return `device id ${client.Session.deviceId}; ${requireVerified('device-server', '/v1/device-server', before)}`;
    });

    await runStep(5, total, 'BunqJSClient.registerSession(): POST /v1/session-server', async () => {
        const before = verifications.length;
        await client.registerSession();
        const verified = requireVerified('session-server', '/v1/session-server', before);

        const session = client.Session;
        if (!session.sessionToken) {
            throw new Error('the client stored no session token');
        }

        // The client computes the expiry from Token.created read as UTC plus session_timeout;
        // a missing or unparsable Token.created leaves an invalid date here.
        const expiry = session.sessionExpiryTime;
        if (!(expiry instanceof Date) || Number.isNaN(expiry.getTime())) {
            throw new Error('the client computed no valid session expiry; is Token.created present and "YYYY-MM-DD hh:mm:ss.ffffff"?');
        }
        if (expiry.getTime() <= Date.now()) {
            throw new Error(`the client computed a session expiry in the past (${expiry.toISOString()})`);
        }

        const user = client.getUserType(session.userInfo);
        sessionUserId = user.info.id;
        return `session id ${session.sessionId}, session token ${maskToken(session.sessionToken)}, `
            + `${user.type} id ${sessionUserId}, session_timeout ${session.sessionTimeout / 1000} s, `
            + `expires ${expiry.toISOString()}; ${verified}`;
    });

    await runStep(6, total, 'client.api.user.list(): GET /v1/user', async () => {
        const before = verifications.length;
        const listed = await client.api.user.list();
        const verified = requireVerified('GET /v1/user', '/v1/user', before);

        const user = client.getUserType(listed);
        if (user.info.id !== sessionUserId) {
            throw new Error(`GET /v1/user returned ${user.type} id ${user.info.id}, but session-server returned id ${sessionUserId}`);
        }
        return `${user.type} id ${user.info.id}; ${verified}`;
    });

    await runStep(7, total, 'client.api.user.get(id): GET /v1/user/{id}', async () => {
        const before = verifications.length;
        const fetched = await client.api.user.get(sessionUserId);
        const verified = requireVerified('GET /v1/user/{id}', `/v1/user/${sessionUserId}`, before);

        const user = client.getUserType(fetched);
        if (user.info.id !== sessionUserId) {
            throw new Error(`GET /v1/user/${sessionUserId} returned ${user.type} id ${user.info.id}`);
        }
        return `${user.type} id ${user.info.id}; ${verified}`;
    });

    await runStep(8, total, 'client.api.monetaryAccount.list(userId): GET /v1/user/{id}/monetary-account', async () => {
        const before = verifications.length;
        const accounts = await client.api.monetaryAccount.list(sessionUserId);
        const verified = requireVerified('monetary-account list', `/v1/user/${sessionUserId}/monetary-account`, before);

        const account = accounts?.[0]?.MonetaryAccountBank;
        if (!account) {
            throw new Error('the list has no MonetaryAccountBank item');
        }
        const iban = account.alias?.find((alias) => alias.type === 'IBAN')?.value;
        if (account.status !== 'ACTIVE' || !IBAN_FORMAT.test(iban ?? '')) {
            throw new Error(`the account has status ${account.status} and IBAN ${iban}; expected ACTIVE and NL..BUNQ..........`);
        }
        if (account.balance?.value !== '0.00' || account.balance?.currency !== 'EUR') {
            throw new Error(`a new account has balance ${JSON.stringify(account.balance)}, expected 0.00 EUR`);
        }
        accountId = account.id;
        return `MonetaryAccountBank id ${accountId}, IBAN ${iban}, balance 0.00 EUR; ${verified}`;
    });

    await runStep(9, total, 'client.api.requestInquiry.post(...): request EUR 100.00 from sugardaddy@bunq.com', async () => {
        const before = verifications.length;
        const created = await client.api.requestInquiry.post(sessionUserId, accountId, REQUEST_DESCRIPTION,
            REQUESTED_AMOUNT, SUGAR_DADDY);
        const path = `/v1/user/${sessionUserId}/monetary-account/${accountId}/request-inquiry`;
        const verified = requireVerified('request-inquiry', path, before);

        const inquiryId = created?.[0]?.Id?.id;
        if (!Number.isInteger(inquiryId) || inquiryId <= 0) {
            throw new Error(`the response has no Response[0].Id.id: ${JSON.stringify(created)}`);
        }
        return `request-inquiry id ${inquiryId}; ${verified}`;
    });

    await runStep(10, total, `client.api.monetaryAccount.get(...) ${ACCEPTANCE_WAIT_MS} ms later: the balance`, async () => {
        await new Promise((resolve) => setTimeout(resolve, ACCEPTANCE_WAIT_MS));
        const before = verifications.length;
        const fetched = await client.api.monetaryAccount.get(sessionUserId, accountId);
        const verified = requireVerified('monetary-account', `/v1/user/${sessionUserId}/monetary-account/${accountId}`, before);

        const balance = fetched?.MonetaryAccountBank?.balance;
        if (balance?.value !== REQUESTED_AMOUNT.value || balance?.currency !== 'EUR') {
            throw new Error(`the balance is ${JSON.stringify(balance)}, expected ${REQUESTED_AMOUNT.value} EUR`);
        }
        return `balance ${balance.value} ${balance.currency}; ${verified}`;
    });

    await runStep(11, total, 'client.api.payment.list(userId, accountId): GET …/payment', async () => {
        const before = verifications.length;
        const payments = await client.api.payment.list(sessionUserId, accountId);
        const verified = requireVerified('payment list', `/v1/user/${sessionUserId}/monetary-account/${accountId}/payment`, before);

        const payment = payments?.[0]?.Payment;
        if (!payment || payment.amount?.value !== REQUESTED_AMOUNT.value || payment.sub_type !== 'REQUEST'
            || payment.description !== REQUEST_DESCRIPTION) {
            throw new Error(`expected one incoming REQUEST payment of ${REQUESTED_AMOUNT.value} EUR, got ${JSON.stringify(payments)}`);
        }
        return `Payment id ${payment.id}: ${payment.amount.value} ${payment.amount.currency} from `
            + `${payment.counterparty_alias?.display_name}, ${payment.type}/${payment.sub_type}; ${verified}`;
    });

    await runStep(12, total, 'negative check: GET /v1/user with a wrong server public key', async () => {
        const before = verifications.length;
        const session = client.Session;
        const serverPublicKey = session.serverPublicKey;
        let rejection = null;

        // The sandbox did not sign with the client's key pair, so a client that really verifies
        // must reject this otherwise valid response.
        session.serverPublicKey = session.publicKey;
        try {
            await client.api.user.list();
        } catch (error) {
            rejection = error;
        } finally {
            session.serverPublicKey = serverPublicKey;
        }

        if (verifications.length === before || lastVerification().verdict !== false) {
            throw new Error('bunq-js-client did not run a failing verification with the wrong key');
        }
        if (rejection === null) {
            throw new Error('bunq-js-client accepted a response that failed its verification');
        }
        if (rejection.errorCode !== 'INVALID_RESPONSE_RECEIVED') {
            throw new Error(`expected the client's INVALID_RESPONSE_RECEIVED rejection, got: ${describeError(rejection)}`);
        }
        return `bunq-js-client rejected the response with ${rejection.errorCode} ("${rejection.message}")`;
    });

    await runStep(13, total, 'client.api.sessionServer.delete(): DELETE /v1/session/{id}', async () => {
        const before = verifications.length;
        const sessionId = client.Session.sessionId;
        await client.api.sessionServer.delete();
        return `session ${sessionId} ended; ${requireVerified('DELETE /v1/session/{id}', `/v1/session/${sessionId}`, before)}`;
    });

    const accepted = verifications.filter((record) => record.verdict === true).length;
    log(`bunq-js-client verified ${verifications.length} responses: ${accepted} accepted, `
        + `${verifications.length - accepted} rejected by the negative check; the session is closed`);
}

async function main() {
    const watchdog = setTimeout(() => {
        fail(`no result after ${OVERALL_TIMEOUT_MS / 1000} s`);
        process.exit(1);
    }, OVERALL_TIMEOUT_MS);
    watchdog.unref();

    let options;
    try {
        options = parseArguments(process.argv.slice(2));
    } catch (error) {
        fail(error.message);
        process.stderr.write('usage: node open-session.mjs [--client-dir DIR] BASE_URL\n');
        return 2;
    }

    try {
        await openSession(options);
    } catch (error) {
        fail(error.message);
        return 1;
    }
    log('PASS: bunq-js-client 1.1.2 opened and closed a verified session on the sandbox');
    return 0;
}

process.exitCode = await main();
