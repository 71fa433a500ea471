#include "spawn.h"

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

} // namespace

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, const QString &stdoutPath)
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

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
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
    return run;
}

} // namespace seqring::bench
