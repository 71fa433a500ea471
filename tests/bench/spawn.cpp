#include "tests/bench/spawn.h"

#include <QByteArrayList>
#include <QElapsedTimer>
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace seqring::bench
{

namespace
{

// NUL-terminated pointers into `storage`, for argv and envp.
std::vector<char *> pointers(QByteArrayList &storage)
{
    std::vector<char *> out;
    out.reserve(size_t(storage.size()) + 1);
    for (QByteArray &item : storage)
        out.push_back(item.data());
    out.push_back(nullptr);
    return out;
}

// Reads the child's standard output until it closes, noting when the first-frame line
// arrives and what it says.
void readFirstFrame(int fd, const QElapsedTimer &timer, ProcessRun &run)
{
    QByteArray seen;
    char buffer[4096];
    for (;;) {
        const ssize_t got = read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        seen.append(buffer, got);
        const qsizetype at = seen.indexOf("first-frame ");
        if (run.firstFrameMs < 0 && at >= 0 && seen.indexOf('\n', at) > at) {
            run.firstFrameMs = double(timer.nsecsElapsed()) / 1e6;
            const QByteArray line = seen.mid(at, seen.indexOf('\n', at) - at);
            run.firstFrameRssMiB = line.mid(12).trimmed().toDouble() / 1024.0;
        }
    }
}

ProcessRun spawnAndWait(const QString &program, const QStringList &arguments,
                        const QProcessEnvironment &environment, const QString &stdoutPath,
                        bool watchFirstFrame)
{
    ProcessRun run;
    QByteArrayList argStorage{program.toLocal8Bit()};
    for (const QString &argument : arguments)
        argStorage.append(argument.toLocal8Bit());
    QByteArrayList envStorage;
    for (const QString &entry : environment.toStringList())
        envStorage.append(entry.toLocal8Bit());
    std::vector<char *> argv = pointers(argStorage);
    std::vector<char *> envp = pointers(envStorage);
    const QByteArray out = stdoutPath.toLocal8Bit();

    int pipeFds[2] = {-1, -1};
    if (watchFirstFrame && pipe2(pipeFds, O_CLOEXEC) != 0) {
        run.problem =
            QStringLiteral("no pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return run;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (watchFirstFrame)
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    else
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (watchFirstFrame)
        close(pipeFds[1]);
    if (spawned != 0) {
        if (watchFirstFrame)
            close(pipeFds[0]);
        run.problem = QStringLiteral("could not start %1: %2")
                          .arg(program, QString::fromLocal8Bit(std::strerror(spawned)));
        return run;
    }
    // A child that hangs is killed after two minutes, so the bench always ends.
    std::mutex mutex;
    std::condition_variable reaped;
    bool done = false;
    bool killed = false;
    std::thread watchdog([&] {
        std::unique_lock<std::mutex> lock(mutex);
        if (!reaped.wait_for(lock, std::chrono::minutes(2), [&] { return done; })) {
            killed = true;
            kill(pid, SIGKILL);
        }
    });
    if (watchFirstFrame) {
        readFirstFrame(pipeFds[0], timer, run);
        close(pipeFds[0]);
    }
    int status = 0;
    struct rusage usage {
    };
    pid_t waited = 0;
    do {
        waited = wait4(pid, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    {
        std::lock_guard<std::mutex> lock(mutex);
        done = true;
    }
    reaped.notify_one();
    watchdog.join();
    if (killed) {
        run.problem = QStringLiteral("%1 hung and was killed after two minutes").arg(program);
        return run;
    }
    run.maxRssMiB = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
    if (waited != pid || !WIFEXITED(status)) {
        run.problem = QStringLiteral("%1 did not exit normally").arg(program);
        return run;
    }
    run.exitCode = WEXITSTATUS(status);
    run.ok = run.exitCode == 0;
    if (!run.ok)
        run.problem = QStringLiteral("%1 exited with code %2").arg(program).arg(run.exitCode);
    if (run.ok && watchFirstFrame && run.firstFrameMs < 0) {
        run.ok = false;
        run.problem = QStringLiteral("%1 never reported its first frame").arg(program);
    }
    return run;
}

} // namespace

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, const QString &stdoutPath)
{
    return spawnAndWait(program, arguments, environment, stdoutPath, false);
}

ProcessRun runWatchingFirstFrame(const QString &program, const QStringList &arguments,
                                 const QProcessEnvironment &environment)
{
    return spawnAndWait(program, arguments, environment, QStringLiteral("/dev/null"), true);
}

} // namespace seqring::bench
