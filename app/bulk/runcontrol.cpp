#include "app/bulk/runcontrol.h"

namespace seqring
{

bool RunControl::pause()
{
    if (m_held || m_cancelled)
        return false;
    m_held = true;
    m_heldSince = m_clock.isValid() ? m_clock.elapsed() : 0;
    return true;
}

void RunControl::hold(Step step, Step ended)
{
    m_waiting.append({std::move(step), std::move(ended)});
}

QList<RunControl::Step> RunControl::resume()
{
    QList<Step> steps;
    if (!m_held)
        return steps;
    m_held = false;
    if (m_clock.isValid())
        m_heldMs += m_clock.elapsed() - m_heldSince;
    for (auto &[step, ended] : std::exchange(m_waiting, {}))
        steps.append(std::move(step));
    return steps;
}

bool RunControl::cancel(QList<Step> *ended)
{
    if (m_cancelled)
        return false;
    if (m_held && m_clock.isValid())
        m_heldMs += m_clock.elapsed() - m_heldSince;
    m_held = false;
    m_cancelled = true;
    for (auto &[step, end] : std::exchange(m_waiting, {}))
        ended->append(std::move(end));
    return true;
}

bool RunControl::proceed(Step step, Step ended)
{
    if (m_cancelled) {
        ended();
        return false;
    }
    if (m_held) {
        hold(std::move(step), std::move(ended));
        return false;
    }
    return true;
}

bool RunControl::resumeWith(const Step &changed)
{
    if (!m_held)
        return false;
    const QList<Step> steps = resume();
    changed();
    for (const Step &step : steps)
        step();
    return true;
}

bool RunControl::cancelWith(const Step &changed, const std::function<Step()> &next, int *ended)
{
    QList<Step> ends;
    if (!cancel(&ends))
        return false;
    changed();
    for (Step end = next(); end; end = next())
        ends.append(std::move(end));
    for (const Step &end : std::as_const(ends))
        end();
    *ended = int(ends.size());
    return true;
}

qint64 RunControl::runningMs() const
{
    if (!m_clock.isValid())
        return 0;
    qint64 running = m_clock.elapsed() - m_heldMs;
    if (m_held)
        running -= m_clock.elapsed() - m_heldSince;
    return running;
}

} // namespace seqring
