#include "windowsettings.h"

#include "criteriamodel.h"
#include "targetpanel.h"

#include <QSettings>

namespace seqring
{

void WindowSettings::restore(QSettings &s, QMainWindow *window, CriteriaModel *model,
                             TargetPanel *target, const MainWindow::Options &options)
{
    window->restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    if (s.value(QStringLiteral("window/geometry")).isNull())
        window->resize(1180, 760);
    model->setDefaultRegion(
        s.value(QStringLiteral("phone/defaultRegion"), QStringLiteral("US")).toString());
    model->setWorkspaceId(options.workspaceId.isEmpty()
                              ? s.value(QStringLiteral("target/workspaceId")).toString()
                              : options.workspaceId);
    model->setOrgId(options.orgId.isEmpty() ? s.value(QStringLiteral("target/orgId")).toString()
                                            : options.orgId);
    auto environment = TargetPanel::Environment(
        s.value(QStringLiteral("target/environment"), int(TargetPanel::Environment::Webex))
            .toInt());
    QString customRoot = s.value(QStringLiteral("target/customRoot")).toString();
    if (options.sandbox) {
        environment = TargetPanel::Environment::Sandbox;
    } else if (!options.baseUrl.isEmpty()) {
        environment = options.baseUrl == kWebexApiRoot ? TargetPanel::Environment::Webex
                                                       : TargetPanel::Environment::Custom;
        customRoot = options.baseUrl;
    }
    target->setEnvironment(environment, customRoot);
}

void WindowSettings::save(QSettings &s, const QMainWindow *window, const CriteriaModel *model,
                          const TargetPanel *target)
{
    s.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    s.setValue(QStringLiteral("target/environment"), int(target->environment()));
    if (target->environment() == TargetPanel::Environment::Custom)
        s.setValue(QStringLiteral("target/customRoot"), target->customApiRoot());
    s.setValue(QStringLiteral("target/workspaceId"), model->workspaceId());
    s.setValue(QStringLiteral("target/orgId"), model->orgId());
    s.setValue(QStringLiteral("phone/defaultRegion"), model->defaultRegion());
}

} // namespace seqring
