// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/JsonTree.h"

#include <limits>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// How many nodes the parser creates between two polls of the cancel callback.
constexpr qint32 cancelPollInterval = 1 << 14;

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

// A jq path segment can use the short `.name` form only for identifier-like keys.
bool isIdentifier(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

} // namespace

// Builds the node table in one pass over the bytes, with an explicit stack instead of recursion
// so that deeply nested input cannot overflow the call stack.
class JsonTreeBuilder
{
public:
    JsonTreeBuilder(const QByteArray &json, const std::function<bool()> &isCancelled)
        : m_begin(json.constData())
        , m_end(json.constData() + json.size())
        , m_position(m_begin)
        , m_isCancelled(isCancelled)
    {
        m_tree.m_bytes = json;
    }

    Result<JsonTree, JsonParseError> run();

private:
    struct Frame
    {
        qint32 node;
        std::size_t firstPending;
    };

    qsizetype offset() const { return m_position - m_begin; }
    bool atEnd() const { return m_position >= m_end; }
    void skipWhitespace();
    JsonParseError error(JsonParseError::Kind kind) const;
    JsonParseError errorHere() const;

    qint32 addNode(JsonTree::Type type, qsizetype keyBegin, qsizetype keyEnd);
    std::optional<JsonParseError> parseValue(qsizetype keyBegin, qsizetype keyEnd);
    void closeContainer();
    std::optional<JsonParseError> scanString();
    std::optional<JsonParseError> scanNumber();
    std::optional<JsonParseError> scanLiteral(const char *literal, qsizetype length);

    JsonTree m_tree;
    const char *m_begin;
    const char *m_end;
    const char *m_position;
    std::function<bool()> m_isCancelled;
    std::vector<Frame> m_stack;
    // Children of the open containers, innermost last. A container takes its own when it closes.
    std::vector<qint32> m_pending;
};

void JsonTreeBuilder::skipWhitespace()
{
    while (m_position < m_end && isWhitespace(*m_position))
        ++m_position;
}

JsonParseError JsonTreeBuilder::error(JsonParseError::Kind kind) const
{
    return JsonParseError{kind, offset()};
}

JsonParseError JsonTreeBuilder::errorHere() const
{
    return error(atEnd() ? JsonParseError::Kind::UnexpectedEnd
                         : JsonParseError::Kind::UnexpectedCharacter);
}

qint32 JsonTreeBuilder::addNode(JsonTree::Type type, qsizetype keyBegin, qsizetype keyEnd)
{
    JsonTree::Node node;
    node.type = type;
    node.keyBegin = keyBegin;
    node.keyEnd = keyEnd;
    node.valueBegin = offset();
    if (!m_stack.empty()) {
        const Frame &parent = m_stack.back();
        node.parent = parent.node;
        node.row = static_cast<qint32>(m_pending.size() - parent.firstPending);
        const quint16 parentDepth = m_tree.m_nodes.at(parent.node).depth;
        node.depth = parentDepth == std::numeric_limits<quint16>::max() ? parentDepth
                                                                         : parentDepth + 1;
    }

    const auto index = static_cast<qint32>(m_tree.m_nodes.size());
    m_tree.m_nodes.append(node);
    if (!m_stack.empty())
        m_pending.push_back(index);
    return index;
}

std::optional<JsonParseError> JsonTreeBuilder::scanString()
{
    // m_position is on the opening quote.
    const char *p = m_position + 1;
    while (p < m_end) {
        const char c = *p;
        if (c == '"') {
            m_position = p + 1;
            return std::nullopt;
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            m_position = p;
            return error(JsonParseError::Kind::InvalidString);
        }
        if (c != '\\') {
            ++p;
            continue;
        }

        ++p;
        if (p >= m_end)
            break;
        switch (*p) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            ++p;
            break;
        case 'u':
            for (int i = 1; i <= 4; ++i) {
                if (p + i >= m_end || !isHexDigit(p[i])) {
                    m_position = p;
                    return error(JsonParseError::Kind::InvalidString);
                }
            }
            p += 5;
            break;
        default:
            m_position = p;
            return error(JsonParseError::Kind::InvalidString);
        }
    }
    m_position = m_end;
    return error(JsonParseError::Kind::UnexpectedEnd);
}

std::optional<JsonParseError> JsonTreeBuilder::scanNumber()
{
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const auto digits = [this] {
        const char *start = m_position;
        while (m_position < m_end && isDigit(*m_position))
            ++m_position;
        return m_position > start;
    };

    if (*m_position == '-')
        ++m_position;
    if (atEnd())
        return error(JsonParseError::Kind::UnexpectedEnd);
    if (*m_position == '0')
        ++m_position;
    else if (!digits())
        return error(JsonParseError::Kind::InvalidNumber);

    if (!atEnd() && *m_position == '.') {
        ++m_position;
        if (!digits())
            return error(JsonParseError::Kind::InvalidNumber);
    }
    if (!atEnd() && (*m_position == 'e' || *m_position == 'E')) {
        ++m_position;
        if (!atEnd() && (*m_position == '+' || *m_position == '-'))
            ++m_position;
        if (!digits())
            return error(JsonParseError::Kind::InvalidNumber);
    }
    return std::nullopt;
}

std::optional<JsonParseError> JsonTreeBuilder::scanLiteral(const char *literal, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i) {
        if (atEnd() || *m_position != literal[i])
            return errorHere();
        ++m_position;
    }
    return std::nullopt;
}

// Reads one value at the current position. A scalar is read whole, while a container is only
// opened here and read by the loop in run().
std::optional<JsonParseError> JsonTreeBuilder::parseValue(qsizetype keyBegin, qsizetype keyEnd)
{
    if (atEnd())
        return error(JsonParseError::Kind::UnexpectedEnd);

    const char c = *m_position;
    std::optional<JsonParseError> failure;
    qint32 index = -1;
    switch (c) {
    case '{':
    case '[': {
        index = addNode(c == '{' ? JsonTree::Type::Object : JsonTree::Type::Array, keyBegin,
                        keyEnd);
        m_stack.push_back({index, m_pending.size()});
        ++m_position;
        return std::nullopt;
    }
    case '"':
        index = addNode(JsonTree::Type::String, keyBegin, keyEnd);
        failure = scanString();
        break;
    case 't':
        index = addNode(JsonTree::Type::Boolean, keyBegin, keyEnd);
        failure = scanLiteral("true", 4);
        break;
    case 'f':
        index = addNode(JsonTree::Type::Boolean, keyBegin, keyEnd);
        failure = scanLiteral("false", 5);
        break;
    case 'n':
        index = addNode(JsonTree::Type::Null, keyBegin, keyEnd);
        failure = scanLiteral("null", 4);
        break;
    default:
        if (c != '-' && !isDigit(c))
            return error(JsonParseError::Kind::UnexpectedCharacter);
        index = addNode(JsonTree::Type::Number, keyBegin, keyEnd);
        failure = scanNumber();
        break;
    }
    m_tree.m_nodes[index].valueEnd = offset();
    return failure;
}

// Moves the innermost container's children from the pending list into the child table.
void JsonTreeBuilder::closeContainer()
{
    const Frame frame = m_stack.back();
    m_stack.pop_back();

    JsonTree::Node &node = m_tree.m_nodes[frame.node];
    node.valueEnd = offset() + 1;
    node.firstChild = static_cast<qint32>(m_tree.m_children.size());
    node.childCount = static_cast<qint32>(m_pending.size() - frame.firstPending);
    const auto firstChild = m_pending.begin() + static_cast<std::ptrdiff_t>(frame.firstPending);
    m_tree.m_children.append(QList<qint32>(firstChild, m_pending.end()));
    m_pending.resize(frame.firstPending);
    ++m_position;
}

Result<JsonTree, JsonParseError> JsonTreeBuilder::run()
{
    using Failure = Result<JsonTree, JsonParseError>;

    skipWhitespace();
    if (const auto failure = parseValue(-1, -1))
        return Failure::failure(*failure);

    // Each turn handles what follows a value, a container's opening bracket or a comma: the
    // next member or element, or the end of the container.
    bool afterOpening = !m_stack.empty();
    while (!m_stack.empty()) {
        if (m_isCancelled && m_tree.m_nodes.size() % cancelPollInterval == 0 && m_isCancelled())
            return Failure::failure(error(JsonParseError::Kind::Cancelled));

        skipWhitespace();
        if (atEnd())
            return Failure::failure(error(JsonParseError::Kind::UnexpectedEnd));

        const bool inObject = m_tree.m_nodes.at(m_stack.back().node).type == JsonTree::Type::Object;
        const char closing = inObject ? '}' : ']';
        if (*m_position == closing) {
            closeContainer();
            afterOpening = false;
            continue;
        }
        if (!afterOpening) {
            if (*m_position != ',')
                return Failure::failure(errorHere());
            ++m_position;
            skipWhitespace();
        }

        qsizetype keyBegin = -1;
        qsizetype keyEnd = -1;
        if (inObject) {
            if (atEnd() || *m_position != '"')
                return Failure::failure(errorHere());
            keyBegin = offset();
            if (const auto failure = scanString())
                return Failure::failure(*failure);
            keyEnd = offset();
            skipWhitespace();
            if (atEnd() || *m_position != ':')
                return Failure::failure(errorHere());
            ++m_position;
            skipWhitespace();
        }

        const std::size_t depthBefore = m_stack.size();
        if (const auto failure = parseValue(keyBegin, keyEnd))
            return Failure::failure(*failure);
        afterOpening = m_stack.size() > depthBefore;
    }

    skipWhitespace();
    if (!atEnd())
        return Failure::failure(error(JsonParseError::Kind::TrailingCharacters));
    return Result<JsonTree, JsonParseError>::success(std::move(m_tree));
}

Result<JsonTree, JsonParseError> JsonTree::parse(const QByteArray &json,
                                                 const std::function<bool()> &isCancelled)
{
    JsonTreeBuilder builder(json, isCancelled);
    return builder.run();
}

qint32 JsonTree::child(qint32 parent, qint32 row) const
{
    return m_children.at(m_nodes.at(parent).firstChild + row);
}

QString JsonTree::key(qint32 index) const
{
    const Node &entry = m_nodes.at(index);
    if (entry.keyBegin < 0)
        return {};
    return decodeJsonString(m_bytes.constData() + entry.keyBegin,
                            m_bytes.constData() + entry.keyEnd);
}

QString JsonTree::scalarText(qint32 index) const
{
    const Node &entry = m_nodes.at(index);
    const char *begin = m_bytes.constData() + entry.valueBegin;
    const char *end = m_bytes.constData() + entry.valueEnd;
    switch (entry.type) {
    case Type::String:
        return decodeJsonString(begin, end);
    case Type::Number:
    case Type::Boolean:
    case Type::Null:
        return QString::fromLatin1(begin, end - begin);
    case Type::Object:
    case Type::Array:
        break;
    }
    return {};
}

QByteArray JsonTree::valueJson(qint32 index) const
{
    const Node &entry = m_nodes.at(index);
    return m_bytes.mid(entry.valueBegin, entry.valueEnd - entry.valueBegin);
}

QString JsonTree::path(qint32 index) const
{
    QStringList segments;
    for (qint32 current = index; m_nodes.at(current).parent >= 0;
         current = m_nodes.at(current).parent) {
        const Node &entry = m_nodes.at(current);
        if (entry.keyBegin < 0) {
            segments.prepend(u'[' + QString::number(entry.row) + u']');
            continue;
        }
        const QString name = key(current);
        if (isIdentifier(name))
            segments.prepend(u'.' + name);
        else
            segments.prepend(u'[' + quotedJsonString(name) + u']');
    }
    if (segments.isEmpty())
        return u"."_s;

    QString joined = segments.join(QString());
    // A path that starts with a bracket, as .[0] or .["a b"], needs jq's leading dot.
    if (!joined.startsWith(u'.'))
        joined.prepend(u'.');
    return joined;
}

QList<qint32> JsonTree::nodesPerDepth() const
{
    QList<qint32> counts;
    for (const Node &entry : m_nodes) {
        if (entry.depth >= counts.size())
            counts.resize(entry.depth + 1);
        ++counts[entry.depth];
    }
    return counts;
}

QString decodeJsonString(const char *begin, const char *end)
{
    // Skip the quotes.
    const char *p = begin + 1;
    const char *stop = end - 1;

    QString text;
    text.reserve(stop - p);
    while (p < stop) {
        const char *run = p;
        while (p < stop && *p != '\\')
            ++p;
        if (p > run)
            text += QString::fromUtf8(run, p - run);
        if (p >= stop)
            break;

        const char escape = p[1];
        p += 2;
        switch (escape) {
        case 'b':
            text += u'\b';
            break;
        case 'f':
            text += u'\f';
            break;
        case 'n':
            text += u'\n';
            break;
        case 'r':
            text += u'\r';
            break;
        case 't':
            text += u'\t';
            break;
        case 'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i)
                unit = static_cast<char16_t>((unit << 4) | hexValue(p[i]));
            p += 4;
            // A surrogate pair arrives as two escapes. QString stores UTF-16, so both units are
            // appended as they are and together form one character.
            text += QChar(unit);
            break;
        }
        default: // '"', '\\' and '/'
            text += QLatin1Char(escape);
            break;
        }
    }
    return text;
}

QString quotedJsonString(const QString &text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            quoted += u"\\\""_s;
            break;
        case u'\\':
            quoted += u"\\\\"_s;
            break;
        case u'\n':
            quoted += u"\\n"_s;
            break;
        case u'\r':
            quoted += u"\\r"_s;
            break;
        case u'\t':
            quoted += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20)
                quoted += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
            else
                quoted += c;
            break;
        }
    }
    quoted += u'"';
    return quoted;
}

} // namespace studio::ui
