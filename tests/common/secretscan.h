#pragma once

// Searches files and texts for secrets, for the leak test: each secret as it is,
// percent-encoded, and inside base64 (standard and URL alphabets, at each of the three
// alignments a value can have within a longer encoded text).
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

namespace seqring::test
{

// The secrets to look for and the places searched so far.
class SecretScan
{
public:
    // `name` says which secret in a hit (never the value itself, which a report would leak).
    void addSecret(const QString &name, const QByteArray &value)
    {
        addForm(name + QStringLiteral(" (raw)"), value);
        addForm(name + QStringLiteral(" (percent-encoded)"),
                QUrl::toPercentEncoding(QString::fromUtf8(value)));
        for (int offset = 0; offset < 3; ++offset) {
            const QString form = QStringLiteral(" (base64, offset %1)").arg(offset);
            addForm(name + form, base64Core(value, offset, QByteArray::Base64Encoding));
            addForm(name + QStringLiteral(" (base64url, offset %1)").arg(offset),
                    base64Core(value, offset, QByteArray::Base64UrlEncoding));
        }
    }

    // The encoded characters that depend on `value` alone when it follows `offset` other
    // bytes: only whole groups of three of its bytes.
    static QByteArray base64Core(const QByteArray &value, int offset,
                                 QByteArray::Base64Options alphabet)
    {
        const QByteArray padded = QByteArray(offset, 'x') + value;
        const QByteArray encoded = padded.toBase64(alphabet);
        const qsizetype first = (offset + 2) / 3;
        const qsizetype last = (offset + value.size()) / 3; // one past the last whole group
        if (last <= first)
            return {};
        return encoded.mid(first * 4, (last - first) * 4);
    }

    // Hits in `data`, each "WHERE: SECRET (FORM)".
    QStringList scanText(const QString &where, const QByteArray &data) const
    {
        QStringList hits;
        for (const auto &[name, form] : m_forms) {
            if (data.contains(form))
                hits.append(where + QStringLiteral(": ") + name);
        }
        return hits;
    }

    // Hits in every file under `root` (recursively, hidden ones too), except under `skip`.
    QStringList scanTree(const QString &root, const QString &skip = {})
    {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!skip.isEmpty() && path.startsWith(skip))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                hits.append(path + QStringLiteral(": cannot be read"));
                continue;
            }
            m_searched.append(path);
            hits += scanText(path, file.readAll());
        }
        return hits;
    }

    QStringList searched() const { return m_searched; }

private:
    void addForm(const QString &name, const QByteArray &form)
    {
        if (form.size() >= 8) // shorter would match by chance
            m_forms.append({name, form});
    }

    QList<QPair<QString, QByteArray>> m_forms;
    QStringList m_searched;
};

} // namespace seqring::test
