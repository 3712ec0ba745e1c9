// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/FittingScrollArea.h"

#include <QLayout>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

// The content's holder. QScrollArea keeps a resizable widget at least heightForWidth() tall,
// and a layout returns its preferred height there, so this pane returns the minimum instead.
class FittingPane : public QWidget
{
public:
    explicit FittingPane(QWidget *content)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(content);
    }

    int heightForWidth(int width) const override
    {
        return layout()->totalMinimumHeightForWidth(width);
    }
};

} // namespace

FittingScrollArea::FittingScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(new FittingPane(content));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Tab goes straight to the controls inside, and the area follows the focus.
    setFocusPolicy(Qt::NoFocus);
}

} // namespace studio::ui
