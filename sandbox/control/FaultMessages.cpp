// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/FaultMessages.h"

using namespace Qt::StringLiterals;

namespace studio::sandbox::faulterrors {

ErrorMessage unhandledException()
{
    return {u"Encountered unhandled exception."_s,
            u"Er is een onafgehandelde uitzondering opgetreden."_s,
            {}};
}

ErrorMessage maintenance()
{
    return {u"bunq is in maintenance. Please try again later."_s,
            u"bunq is in onderhoud. Probeer het later opnieuw."_s,
            {}};
}

ErrorMessage tooManyRequests()
{
    return {u"Too many requests. You can do a maximum of 3 calls per 3 seconds to this "
            u"endpoint."_s,
            u"Te veel verzoeken. Je kunt maximaal 3 verzoeken per 3 seconden naar dit endpoint "
            u"doen."_s,
            {}};
}

} // namespace studio::sandbox::faulterrors
