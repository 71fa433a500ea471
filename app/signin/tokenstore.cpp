#include "app/signin/tokenstore.h"

#include <qt6keychain/keychain.h>

namespace seqring
{

namespace
{

QString describe(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::NoBackendAvailable:
        return TokenStore::tr("No system keychain is available (for example GNOME Keyring or "
                              "KWallet). The token is kept for this session only.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return TokenStore::tr("The system keychain refused access: %1. Unlock the keychain "
                              "and try again.")
            .arg(job->errorString());
    default:
        return TokenStore::tr("The system keychain reported a problem: %1.")
            .arg(job->errorString());
    }
}

// Jobs have no parent: the keychain backend calls back into a job after it was started,
// so a job must outlive its store; it deletes itself once finished.
template <typename JobType> JobType *makeJob(const QString &service, const QString &account)
{
    auto *job = new JobType(service);
    job->setKey(account);
    job->setInsecureFallback(false); // never a plain-text file
    job->setAutoDelete(true);
    return job;
}

} // namespace

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

void TokenStore::read(const QString &account)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, account);
    connect(job, &QKeychain::Job::finished, this, [this, account, job] {
        if (job->error() == QKeychain::EntryNotFound)
            Q_EMIT readFinished(account, {}, {});
        else
            Q_EMIT readFinished(account, job->error() ? QString() : job->textData(), describe(job));
    });
    job->start();
}

void TokenStore::write(const QString &account, const QString &token)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, account);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this,
            [this, account, job] { Q_EMIT writeFinished(account, describe(job)); });
    job->start();
}

void TokenStore::forget(const QString &account)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, account);
    connect(job, &QKeychain::Job::finished, this, [this, account, job] {
        Q_EMIT forgetFinished(account,
                              job->error() == QKeychain::EntryNotFound ? QString() : describe(job));
    });
    job->start();
}

} // namespace seqring
