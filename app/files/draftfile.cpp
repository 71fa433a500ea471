#include "app/files/draftfile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace seqring
{

Parsed<Draft> DraftFile::read(const QString &path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                tr("Could not open the draft \"%1\": %2.").arg(shown, file.errorString())};
    if (file.size() > kMaxDraftBytes)
        return {std::nullopt, tr("\"%1\" is %2 bytes, too large for a draft (at most %3). "
                                 "Choose a draft saved by this program.")
                                  .arg(shown)
                                  .arg(file.size())
                                  .arg(kMaxDraftBytes)};
    const Parsed<Draft> parsed = DraftJson::fromJson(file.readAll());
    if (!parsed.ok())
        return {std::nullopt, tr("The draft \"%1\" cannot be used: %2").arg(shown, parsed.error)};
    return parsed;
}

QString DraftFile::write(const QString &path, const Draft &draft)
{
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write the draft \"%1\": %2.").arg(shown, file.errorString());
    const QByteArray json = DraftJson::toJson(draft);
    if (file.write(json) != json.size() || !file.commit())
        return tr("Could not save the draft \"%1\": %2. The previous file, if any, is "
                  "unchanged.")
            .arg(shown, file.errorString());
    return {};
}

} // namespace seqring
