// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace studio::ui {

// The "Faults" tab of the local sandbox panel: a form that arms a fault on the sandbox's
// responses (kind, endpoint, count or until cleared, delay for slow responses) and the list of
// armed faults. It builds the requests and shows the results, and the panel sends them.
class FaultsTab : public QWidget
{
    Q_OBJECT

public:
    explicit FaultsTab(QWidget *parent = nullptr);

    // The body of POST /faults that the form describes.
    QJsonObject faultRequest() const;

    // Shows the faults as GET /faults lists them.
    void setArmedFaults(const QJsonArray &faults);
    // Shows why arming or clearing failed, below the form; an empty message hides it.
    void showError(const QString &message);
    // Enables or disables every control, e.g. while no control interface is known.
    void setControlsEnabled(bool enabled);

Q_SIGNALS:
    void armRequested(const QJsonObject &fault);
    void disarmRequested(qint64 id);
    void clearRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillKinds();
    void updateFormState();
    void updateArmedList();
    QString kindLabel(const QString &kind) const;
    QString armedFaultText(const QJsonObject &fault) const;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_untilCleared = nullptr;
    QSpinBox *m_delay = nullptr;
    QPushButton *m_arm = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_armedTitle = nullptr;
    QListWidget *m_armed = nullptr;
    QPushButton *m_disarm = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_delayLabel = nullptr;
    QJsonArray m_armedFaults;
    bool m_controlsEnabled = true;
};

} // namespace studio::ui
