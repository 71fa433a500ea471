#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QGroupBox>
#include <QMap>
#include <QMetaObject>
#include <QSplitter>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <cstdio>

namespace seqring::bench
{

// The Qt class a widget is built on: the first class of its meta-object chain that is
// Qt's own (a project class such as seqring::CriteriaForm counts as the QWidget it is).
inline QString qtClassOf(const QWidget *widget)
{
    const QMetaObject *meta = widget->metaObject();
    while (meta && !QByteArray(meta->className()).startsWith('Q'))
        meta = meta->superClass();
    return meta ? QString::fromLatin1(meta->className()) : QStringLiteral("QWidget");
}

// Every widget the window shows (visible to it, the window itself excluded), counted by its
// Qt class: what its first frame lays out and paints. Qt's inner widgets (a scroll area's
// viewport and scroll bars, a tree's header) are counted as well, on both sides alike.
inline QMap<QString, int> widgetCensus(const QWidget *window)
{
    QMap<QString, int> counts;
    for (const QWidget *child : window->findChildren<QWidget *>()) {
        if (child->isWindow() || !child->isVisibleTo(window))
            continue;
        ++counts[qtClassOf(child)];
    }
    return counts;
}

inline bool isContainer(const QWidget *widget)
{
    return qobject_cast<const QSplitter *>(widget) || qobject_cast<const QGroupBox *>(widget);
}

// The widgets shown under `root`, by Qt class, down to (not into) the next containers.
inline void countUnder(const QWidget *root, const QWidget *window, QMap<QString, int> *counts)
{
    for (const QObject *object : root->children()) {
        const auto *child = qobject_cast<const QWidget *>(object);
        if (!child || child->isWindow() || !child->isVisibleTo(window))
            continue;
        ++(*counts)[qtClassOf(child)];
        if (!isContainer(child))
            countUnder(child, window, counts);
    }
}

// The splitters and group boxes of the window, nested as they are, each with the widgets it
// shows by Qt class (those of nested containers left to them): one line each, indented by
// depth.
inline QStringList containerOutline(const QWidget *root, const QWidget *window, int depth = 0)
{
    QStringList lines;
    for (const QObject *object : root->children()) {
        const auto *child = qobject_cast<const QWidget *>(object);
        if (!child || child->isWindow() || !child->isVisibleTo(window))
            continue;
        const bool container = isContainer(child);
        if (container) {
            QString line = QString(depth * 2, QLatin1Char(' ')) + qtClassOf(child);
            if (const auto *splitter = qobject_cast<const QSplitter *>(child))
                line += splitter->orientation() == Qt::Horizontal ? QStringLiteral(" horizontal")
                                                                  : QStringLiteral(" vertical");
            QMap<QString, int> counts;
            countUnder(child, window, &counts);
            QStringList parts;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
            lines.append(line + QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
        }
        lines += containerOutline(child, window, container ? depth + 1 : depth);
    }
    return lines;
}

// Prints the census ("census <class> <count>" lines, then "outline <line>" lines and
// "census-end") on standard output after the window's first frame, and quits.
class CensusReport : public QObject
{
public:
    explicit CensusReport(QWidget *window) : QObject(window), m_window(window)
    {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(this, &CensusReport::report, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void report()
    {
        const QMap<QString, int> counts = widgetCensus(m_window);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            std::printf("census %s %d\n", qPrintable(it.key()), it.value());
        for (const QString &line : containerOutline(m_window, m_window))
            std::printf("outline %s\n", qPrintable(line));
        std::printf("census-end\n");
        std::fflush(stdout);
        QCoreApplication::quit();
    }
    QWidget *m_window;
};

} // namespace seqring::bench
