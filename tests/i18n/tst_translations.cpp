// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the committed catalogues in translations/ against the sources. lupdate run over the
// current sources must add and drop nothing, and no entry may be unfinished, vanished or
// obsolete. Every translation keeps its source's placeholders, mnemonic, HTML tags and outer
// whitespace.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString disambiguation;
    QString translationType; // "unfinished", "vanished", "obsolete" or empty when done
    QStringList translations; // one entry, or one per plural form
    bool numerus = false;

    QString key() const { return context + u" | "_s + source + u" | "_s + disambiguation; }
    QString name() const { return u"[%1] \"%2\""_s.arg(context, source); }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error; // why the file could not be read, empty when it was
};

QString readElementText(QXmlStreamReader &reader)
{
    return reader.readElementText(QXmlStreamReader::IncludeChildElements);
}

Message readMessage(QXmlStreamReader &reader, const QString &context)
{
    Message message;
    message.context = context;
    message.numerus = reader.attributes().value(u"numerus"_s) == u"yes";

    while (reader.readNextStartElement()) {
        const QStringView element = reader.name();
        if (element == u"source") {
            message.source = readElementText(reader);
        } else if (element == u"comment") {
            message.disambiguation = readElementText(reader);
        } else if (element == u"translation") {
            message.translationType = reader.attributes().value(u"type"_s).toString();
            if (!message.numerus) {
                message.translations = {readElementText(reader)};
                continue;
            }
            while (reader.readNextStartElement()) {
                if (reader.name() == u"numerusform")
                    message.translations += readElementText(reader);
                else
                    reader.skipCurrentElement();
            }
        } else {
            reader.skipCurrentElement();
        }
    }
    return message;
}

// Reads a .ts file. For a file that is missing or not valid XML, error contains the reason.
Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = u"Cannot open %1: %2"_s.arg(path, file.errorString());
        return catalogue;
    }

    QXmlStreamReader reader(&file);
    if (reader.readNextStartElement() && reader.name() == u"TS") {
        catalogue.language = reader.attributes().value(u"language"_s).toString();
        while (reader.readNextStartElement()) {
            if (reader.name() != u"context") {
                reader.skipCurrentElement();
                continue;
            }
            QString context;
            while (reader.readNextStartElement()) {
                if (reader.name() == u"name")
                    context = readElementText(reader);
                else if (reader.name() == u"message")
                    catalogue.messages += readMessage(reader, context);
                else
                    reader.skipCurrentElement();
            }
        }
    }
    if (reader.hasError())
        catalogue.error = u"%1 is not a valid .ts file: %2"_s.arg(path, reader.errorString());
    else if (catalogue.messages.isEmpty())
        catalogue.error = u"%1 holds no messages"_s.arg(path);
    return catalogue;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The %1…%99 and %n markers of a text, %L1 counted as %1, in sorted order.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        found += u"%"_s + match.captured(1);
    return sorted(found);
}

// The mnemonic markers of a text: "&" before a character other than "&" and a space. "&&" is a
// literal ampersand.
qsizetype mnemonicCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        const QChar next = text.at(i + 1);
        if (next == u'&') {
            ++i;
            continue;
        }
        if (!next.isSpace())
            ++count;
    }
    return count;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression tag(u"</?[a-zA-Z][^>]*>"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : tag.globalMatch(text))
        found += match.captured(0);
    return sorted(found);
}

QString leadingWhitespace(const QString &text)
{
    qsizetype end = 0;
    while (end < text.size() && text.at(end).isSpace())
        ++end;
    return text.left(end);
}

QString trailingWhitespace(const QString &text)
{
    qsizetype start = text.size();
    while (start > 0 && text.at(start - 1).isSpace())
        --start;
    return text.mid(start);
}

QString catalogueDirectory()
{
    return QStringLiteral(STUDIO_SOURCE_DIR) + u"/translations"_s;
}

QString listForMessage(const QStringList &problems)
{
    return u"\n  "_s + problems.join(u"\n  "_s);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueMatchesSources_data();
    void catalogueMatchesSources();
    void noEntryUnfinishedOrObsolete_data();
    void noEntryUnfinishedOrObsolete();
    void translationsKeepMarkup_data();
    void translationsKeepMarkup();

private:
    void addCatalogueRows();
};

void TestTranslations::addCatalogueRows()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("pluralOnly");

    QTest::newRow("Dutch") << u"studio_nl.ts"_s << false;
    QTest::newRow("German") << u"studio_de.ts"_s << false;
    // The source texts are English, so the English catalogue contains the plural forms only.
    QTest::newRow("English plurals") << u"studio_en.ts"_s << true;
}

void TestTranslations::catalogueMatchesSources_data()
{
    addCatalogueRows();
}

void TestTranslations::catalogueMatchesSources()
{
    QFETCH(QString, fileName);
    QFETCH(bool, pluralOnly);

    const QString committedPath = QDir(catalogueDirectory()).filePath(fileName);
    QTemporaryDir scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.errorString()));
    const QString updatedPath = scratch.filePath(fileName);
    QVERIFY2(QFile::copy(committedPath, updatedPath), qPrintable(committedPath));

    // The same options as the update_translations target.
    QStringList arguments = QStringLiteral(STUDIO_TRANSLATED_DIRS).split(u' ', Qt::SkipEmptyParts);
    arguments += {u"-extensions"_s, u"cpp,h"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s};
    if (pluralOnly)
        arguments += u"-pluralonly"_s;
    arguments += {u"-ts"_s, updatedPath};

    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(STUDIO_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(STUDIO_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(lupdate.readAll())));

    const Catalogue committed = readCatalogue(committedPath);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    const Catalogue updated = readCatalogue(updatedPath);
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));

    QSet<QString> committedKeys;
    for (const Message &message : committed.messages)
        committedKeys.insert(message.key());
    QSet<QString> updatedKeys;
    for (const Message &message : updated.messages)
        updatedKeys.insert(message.key());

    QStringList missing;
    for (const Message &message : updated.messages) {
        if (!committedKeys.contains(message.key()))
            missing += message.name();
    }
    QStringList stale;
    for (const Message &message : committed.messages) {
        if (!updatedKeys.contains(message.key()))
            stale += message.name();
    }

    const QString fix = u"\nBuild the update_translations target, then translate the new entries."_s;
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 lacks %2 source text(s):%3%4"_s.arg(fileName)
                            .arg(missing.size())
                            .arg(listForMessage(missing), fix)));
    QVERIFY2(stale.isEmpty(),
             qPrintable(u"%1 has %2 text(s) that no source uses any more:%3%4"_s.arg(fileName)
                            .arg(stale.size())
                            .arg(listForMessage(stale), fix)));
}

void TestTranslations::noEntryUnfinishedOrObsolete_data()
{
    addCatalogueRows();
}

void TestTranslations::noEntryUnfinishedOrObsolete()
{
    QFETCH(QString, fileName);

    const Catalogue catalogue = readCatalogue(QDir(catalogueDirectory()).filePath(fileName));
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    // lrelease picks the plural rules by this attribute, so it must name the file's language.
    const QString code = fileName.section(u'_', 1).section(u'.', 0, 0);
    QVERIFY2(catalogue.language.startsWith(code), qPrintable(catalogue.language));

    QStringList problems;
    for (const Message &message : catalogue.messages) {
        if (!message.translationType.isEmpty()) {
            problems += u"%1: %2"_s.arg(message.translationType, message.name());
            continue;
        }
        const bool empty = message.translations.isEmpty()
            || std::any_of(message.translations.cbegin(), message.translations.cend(),
                           [](const QString &form) { return form.isEmpty(); });
        if (empty)
            problems += u"empty translation: %1"_s.arg(message.name());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 has %2 entries that are not done:%3"_s.arg(fileName)
                            .arg(problems.size())
                            .arg(listForMessage(problems))));
}

void TestTranslations::translationsKeepMarkup_data()
{
    addCatalogueRows();
}

void TestTranslations::translationsKeepMarkup()
{
    QFETCH(QString, fileName);

    const Catalogue catalogue = readCatalogue(QDir(catalogueDirectory()).filePath(fileName));
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));

    QStringList problems;
    for (const Message &message : catalogue.messages) {
        for (const QString &translation : message.translations) {
            if (translation.isEmpty())
                continue; // reported by noEntryUnfinishedOrObsolete

            const QStringList sourceMarkers = placeholders(message.source);
            QStringList translationMarkers = placeholders(translation);
            // A plural form may spell out the number ("one item") instead of using %n.
            if (message.numerus && !translationMarkers.contains(u"%n"_s))
                translationMarkers = sorted(translationMarkers << u"%n"_s);
            if (translationMarkers != sourceMarkers) {
                problems += u"placeholders %1 instead of %2: %3"_s.arg(
                    translationMarkers.join(u' '), sourceMarkers.join(u' '), message.name());
            }
            if (mnemonicCount(translation) != mnemonicCount(message.source)) {
                problems += u"%1 mnemonic(s) instead of %2 in \"%3\": %4"_s
                                .arg(mnemonicCount(translation))
                                .arg(mnemonicCount(message.source))
                                .arg(translation, message.name());
            }
            if (htmlTags(translation) != htmlTags(message.source))
                problems += u"HTML tags differ: %1"_s.arg(message.name());
            if (leadingWhitespace(translation) != leadingWhitespace(message.source)
                || trailingWhitespace(translation) != trailingWhitespace(message.source)) {
                problems += u"leading or trailing whitespace differs: %1"_s.arg(message.name());
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 has %2 problem(s):%3"_s.arg(fileName)
                            .arg(problems.size())
                            .arg(listForMessage(problems))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
