#pragma once

#include <QObject>
#include <QString>

namespace seqring
{

// Keeps access tokens in the system keychain (QtKeychain, insecure fallback off); one
// entry per API root. Nothing is ever written to QSettings or a file.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    explicit TokenStore(const QString &service = QStringLiteral("seqring-admin"),
                        QObject *parent = nullptr);

    QString service() const { return m_service; }

    // Each call answers once with the matching signal; `error` is empty on success.
    void read(const QString &account);
    void write(const QString &account, const QString &token);
    void forget(const QString &account);

Q_SIGNALS:
    // token is empty with an empty error when the keychain has no entry for account.
    void readFinished(const QString &account, const QString &token, const QString &error);
    void writeFinished(const QString &account, const QString &error);
    void forgetFinished(const QString &account, const QString &error);

private:
    QString m_service;
};

} // namespace seqring
