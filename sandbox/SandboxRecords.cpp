// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxRecords.h"

using namespace Qt::StringLiterals;

namespace studio::sandbox {

QString SandboxUser::displayName() const
{
    return kind == UserKind::Person ? firstName + u' ' + lastName : companyName;
}

bool PermittedIps::permits(const QHostAddress &address) const
{
    if (anyAddress)
        return true;
    for (const QHostAddress &permitted : addresses) {
        if (permitted.isEqual(address, QHostAddress::ConvertV4MappedToIPv4))
            return true;
    }
    return false;
}

QStringList PermittedIps::toStrings() const
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(address.toString());
    if (anyAddress)
        texts.append(u"*"_s);
    return texts;
}

} // namespace studio::sandbox
