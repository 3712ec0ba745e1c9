// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/KeyboardNavigation.h"

#include <QEvent>
#include <QFocusEvent>
#include <QPointer>
#include <QWidget>

namespace studio::ui {

namespace {

// Lives as a child of the container and hands a focus-in on it on to the target.
class FocusForwarder : public QObject
{
public:
    FocusForwarder(QWidget *container, QWidget *target)
        : QObject(container)
        , m_target(target)
    {
        container->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn && m_target && m_target->isEnabled()) {
            const auto *focusIn = static_cast<QFocusEvent *>(event);
            m_target->setFocus(focusIn->reason());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_target;
};

} // namespace

void forwardFocus(QWidget *container, QWidget *target)
{
    new FocusForwarder(container, target);
}

void moveTabStopsAfter(QWidget *anchor, QWidget *container, const QWidget *exclude)
{
    // Collected first, because every setTabOrder() call relinks the chain being walked.
    QList<QWidget *> tabStops;
    QWidget *window = container->window();
    for (QWidget *widget = window->nextInFocusChain(); widget != window;
         widget = widget->nextInFocusChain()) {
        if (widget->focusPolicy() != Qt::NoFocus && widget != anchor
            && container->isAncestorOf(widget) && !(exclude && exclude->isAncestorOf(widget))) {
            tabStops += widget;
        }
    }

    QWidget *previous = anchor;
    for (QWidget *widget : std::as_const(tabStops)) {
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace studio::ui
