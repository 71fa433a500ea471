#pragma once

#include "mainwindow.h"

class QSettings;

namespace seqring
{

class CriteriaModel;
class TargetPanel;

// What the admin window keeps between runs: geometry, target (environment, custom root,
// workspace, organisation) and the default phone region; the command line wins.
class WindowSettings
{
public:
    static void restore(QSettings &settings, QMainWindow *window, CriteriaModel *model,
                        TargetPanel *target, const MainWindow::Options &options);
    static void save(QSettings &settings, const QMainWindow *window, const CriteriaModel *model,
                     const TargetPanel *target);
};

} // namespace seqring
