// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace studio::ui {

// Makes container->setFocus() put the focus on target, a widget inside the container, as
// QWidget::setFocusProxy() does, but leaves the Tab order alone.
//
// NOTE: In Qt 6.4, setFocusProxy() with a child as the proxy moves the container behind its
// children in the focus chain. Tab from the last child then lands on the container, whose proxy
// sends the focus back to the first child, so the keyboard never leaves the container.
void forwardFocus(QWidget *container, QWidget *target);

// Moves every widget inside container that can take focus, except those inside exclude, behind
// anchor in the Tab order, keeping their order among themselves. For controls created after the
// ones they are placed above, such as a page's options above a base class's Run button.
void moveTabStopsAfter(QWidget *anchor, QWidget *container, const QWidget *exclude);

} // namespace studio::ui
