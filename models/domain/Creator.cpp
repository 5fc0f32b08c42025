#include "Creator.h"

namespace candor {

QString normalizedHandle(const QString &handle)
{
    QString h = handle.trimmed();
    if (h.startsWith(QLatin1Char('@')))
        h.remove(0, 1);
    return h;
}

} // namespace candor
