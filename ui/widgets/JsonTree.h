// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace studio::ui {

// Where and why a text is not JSON.
struct JsonParseError
{
    enum class Kind {
        UnexpectedCharacter,
        UnexpectedEnd,
        InvalidString, // a control character or an unknown escape inside a string
        InvalidNumber,
        TrailingCharacters, // more than whitespace after the top-level value
        Cancelled,
    };

    Kind kind = Kind::UnexpectedEnd;
    qsizetype offset = 0; // byte offset of the first character that does not fit
};

// A JSON document (RFC 8259) parsed into a flat table of nodes that point into the original
// bytes. Keys stay in the order they were sent and duplicates are kept, unlike QJsonDocument,
// which sorts keys. Text is decoded only when a view asks for a node.
class JsonTree
{
public:
    enum class Type : quint8 { Object, Array, String, Number, Boolean, Null };

    struct Node
    {
        qsizetype keyBegin = -1; // the key's opening quote, or -1 for array elements and the root
        qsizetype keyEnd = -1; // one past the key's closing quote
        qsizetype valueBegin = 0;
        qsizetype valueEnd = 0; // one past the value's last byte
        qint32 parent = -1;
        qint32 row = 0; // position among the parent's children
        qint32 firstChild = 0; // index into the child table
        qint32 childCount = 0;
        quint16 depth = 0; // 0 for the root, saturated at 65535
        Type type = Type::Null;
    };

    JsonTree() = default;

    // Parses the bytes. isCancelled, when given, is polled now and then. Once it returns true,
    // the parse ends with a Cancelled error. Strings are not checked for valid UTF-8 here.
    static Result<JsonTree, JsonParseError> parse(const QByteArray &json,
                                                  const std::function<bool()> &isCancelled = {});

    const QByteArray &bytes() const { return m_bytes; }
    qint32 nodeCount() const { return static_cast<qint32>(m_nodes.size()); }
    // Node 0 is the top-level value. Precondition: 0 <= index < nodeCount().
    const Node &node(qint32 index) const { return m_nodes.at(index); }
    // The node index of a child. Precondition: 0 <= row < node(parent).childCount.
    qint32 child(qint32 parent, qint32 row) const;

    // Returns the decoded key of an object member, or an empty string for other nodes.
    QString key(qint32 index) const;
    // Returns a string's decoded value, or a number, true, false or null as sent. Containers
    // return an empty string.
    QString scalarText(qint32 index) const;
    // Returns the value's bytes exactly as sent.
    QByteArray valueJson(qint32 index) const;
    // Returns the node's path in jq syntax, such as `.Response[0].Payment.id` or `.["a b"]`.
    QString path(qint32 index) const;
    // Returns how many nodes are at each depth. Element 0 counts the root.
    QList<qint32> nodesPerDepth() const;

private:
    friend class JsonTreeBuilder;

    QByteArray m_bytes;
    QList<Node> m_nodes;
    QList<qint32> m_children;
};

// Decodes a JSON string literal, quotes included, into text. Escapes become the characters they
// stand for, and \u escapes that form a surrogate pair become one character. Precondition: the
// literal passed JsonTree::parse.
QString decodeJsonString(const char *begin, const char *end);

// Returns the text as a JSON string literal with quotes and the escapes JSON requires.
QString quotedJsonString(const QString &text);

} // namespace studio::ui
