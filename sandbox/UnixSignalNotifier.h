// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace studio::sandbox {

// Turns SIGINT and SIGTERM into a Qt signal. The C signal handler only writes one byte to a
// socket pair, because little else is async-signal-safe. The event loop reads that byte and
// emits received(). Create at most one, because the handler is process-wide.
class UnixSignalNotifier : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalNotifier(QObject *parent = nullptr);
    ~UnixSignalNotifier() override;

    // False when the socket pair or the handlers could not be set up. errorString() gives the
    // cause.
    bool isValid() const { return m_notifier != nullptr; }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    QString m_errorString;
};

} // namespace studio::sandbox
