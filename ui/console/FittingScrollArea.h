// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace studio::ui {

// A frameless scroll area that gives its content all the room there is and shows scroll bars
// only when the content cannot shrink any further. A plain QScrollArea sizes content with
// word-wrapped labels to its preferred height instead, which scrolls early. The area's own
// minimum size stays small, so content that grows, such as an error that appears, never makes
// the window grow.
class FittingScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    // Takes ownership of content.
    explicit FittingScrollArea(QWidget *content, QWidget *parent = nullptr);
};

} // namespace studio::ui
