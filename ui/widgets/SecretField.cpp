// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SecretField.h"

#include "api/Redaction.h"
#include "platform/KeyboardNavigation.h"
#include "widgets/ViewHelpers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QToolButton>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// Draws an eye, struck through when crossed, in the given colour. Used when the icon theme has
// no "view-visible" / "view-hidden" icons, as on the offscreen platform.
QIcon paintedEyeIcon(const QColor &colour, bool crossed)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 2.5));

    QPainterPath outline;
    outline.moveTo(3, 16);
    outline.quadTo(16, 3, 29, 16);
    outline.quadTo(16, 29, 3, 16);
    painter.drawPath(outline);

    painter.setBrush(colour);
    painter.drawEllipse(QPointF(16, 16), 4.5, 4.5);

    if (crossed)
        painter.drawLine(QPointF(6, 26), QPointF(26, 6));
    return QIcon(pixmap);
}

QIcon eyeIcon(const QColor &colour, bool crossed)
{
    const QString themeName = crossed ? u"view-hidden"_s : u"view-visible"_s;
    return QIcon::fromTheme(themeName, paintedEyeIcon(colour, crossed));
}

} // namespace

SecretField::SecretField(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copy(createCopyButton(QString(), this))
{
    m_text->setObjectName(u"secretText"_s);
    m_text->setReadOnly(true);
    m_text->setFont(monospaceFont());

    m_reveal->setObjectName(u"revealButton"_s);
    m_reveal->setCheckable(true);
    m_reveal->setFocusPolicy(Qt::StrongFocus);

    m_copy->setObjectName(u"copyButton"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_copy);

    forwardFocus(this, m_text);

    connect(m_reveal, &QToolButton::toggled, this, &SecretField::setRevealed);
    connect(m_copy, &QToolButton::clicked, this, &SecretField::copySecret);

    retranslateUi();
    updateText();
}

void SecretField::setSecret(const QByteArray &secret)
{
    m_secret = secret;
    updateText();
}

void SecretField::setRevealed(bool revealed)
{
    m_revealed = revealed;
    updateText();
}

QString SecretField::displayedText() const
{
    return m_text->text();
}

void SecretField::setSecretName(const QString &name)
{
    m_secretName = name;
    applySecretName();
}

void SecretField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SecretField::retranslateUi()
{
    //: Shown in place of a secret that does not exist yet.
    m_text->setPlaceholderText(tr("—"));
    applySecretName();
}

void SecretField::applySecretName()
{
    //: Name of a secret field whose owner gave it no name of its own.
    const QString name = m_secretName.isEmpty() ? tr("secret") : m_secretName;
    m_text->setAccessibleName(name);
    //: %1 names a secret, e.g. "session token".
    retranslateCopyButton(m_copy, tr("Copy %1").arg(name));
    m_copy->setToolTip(tr("Copy the full secret without revealing it"));
    updateRevealButton();
}

void SecretField::updateText()
{
    const bool empty = m_secret.isEmpty();
    if (empty)
        m_text->clear();
    else if (m_revealed)
        m_text->setText(QString::fromUtf8(m_secret));
    else
        m_text->setText(api::maskSecret(m_secret));

    // Show the start of a long revealed token; the user scrolls or copies for the rest.
    m_text->setCursorPosition(0);
    m_reveal->setEnabled(!empty);
    m_copy->setEnabled(!empty);
    updateRevealButton();
}

void SecretField::updateRevealButton()
{
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(m_revealed);

    const QColor colour = palette().color(QPalette::ButtonText);
    m_reveal->setIcon(eyeIcon(colour, m_revealed));
    const QString name = m_secretName.isEmpty() ? tr("secret") : m_secretName;
    if (m_revealed) {
        //: Tooltip of the eye button next to a revealed secret; clicking masks it again.
        m_reveal->setToolTip(tr("Hide"));
        //: %1 names a secret, e.g. "session token".
        m_reveal->setAccessibleName(tr("Hide %1").arg(name));
    } else {
        //: Tooltip of the eye button next to a masked secret; clicking shows it in full.
        m_reveal->setToolTip(tr("Reveal"));
        //: %1 names a secret, e.g. "session token".
        m_reveal->setAccessibleName(tr("Reveal %1").arg(name));
    }
}

void SecretField::copySecret()
{
    copyToClipboard(QString::fromUtf8(m_secret));
    //: Brief confirmation after copying a secret.
    QToolTip::showText(m_copy->mapToGlobal(m_copy->rect().bottomLeft()), tr("Copied"), m_copy);
    Q_EMIT copied();
}

} // namespace studio::ui
