// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ApiPath.h"

namespace studio::console {

QStringView apiRelativePath(QStringView path)
{
    const qsizetype schemeEnd = path.indexOf(u"://");
    if (schemeEnd >= 0) {
        const qsizetype pathStart = path.indexOf(u'/', schemeEnd + 3);
        path = pathStart >= 0 ? path.mid(pathStart) : QStringView();
    }
    for (const QChar end : {u'?', u'#'}) {
        const qsizetype at = path.indexOf(end);
        if (at >= 0)
            path = path.left(at);
    }

    if (path.startsWith(u'/'))
        path = path.mid(1);
    if (path == u"v1")
        return {};
    if (path.startsWith(u"v1/"))
        path = path.mid(3);
    return path;
}

} // namespace studio::console
