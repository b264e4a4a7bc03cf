#pragma once

#include "cobuild/ListsPage.h"

class QSpinBox;

/// Places and the guarantee list (阵地与保障清单) of the organisation chosen in the tree: the venues,
/// each community's service facilities against the standard, the funds allotted and spent in a
/// year, the inspections and their follow-up tasks; the communities below the standard and the
/// funds' use above them.
class GuaranteePage : public ListsPage
{
    Q_OBJECT

public:
    explicit GuaranteePage(Workspace &workspace, QWidget *parent = nullptr);

    QSpinBox *yearBox() const { return m_year; }

protected:
    QString detailHtml(CobuildList list, qint64 id) override;
    void refresh() override;
    void retranslate() override;

private:
    void buildVenuesTab();
    void buildFundsTab();
    void buildInspectionsTab();
    /// The funds' year's last day, or today in the current year.
    QDate fundsAsOf() const;

    QSpinBox *m_year;
    QLabel *m_yearLabel;
};
