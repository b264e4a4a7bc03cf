#pragma once

#include "ledger/LedgerItem.h"

#include <QWidget>

class Database;
class DashboardView;
class OrgService;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

/// The overview: the headline figures of the organisation chosen in the tree at a glance, and the
/// dashboard's charts below them.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(const Database &database, OrgService &organisations, QWidget *parent = nullptr);

    /// Reads the figures again (cheap: running counts, not table scans).
    void refresh();
    void setScope(qint64 orgId);
    DashboardView *dashboard() const { return m_dashboard; }
    /// The figure shown for a key of Headline::toJson(), for tests.
    QString figureText(const QString &key) const;

Q_SIGNALS:
    /// The database is empty and the clerk wants to set it up.
    void setupRequested();
    /// A chart's bar was clicked: the ledger filtered to it.
    void ledgerRequested(const LedgerFilter &filter);
    void guaranteeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card
    {
        QString key;
        QLabel *value;
        QLabel *caption;
    };
    void retranslate();

    const Database &m_database;
    OrgService &m_organisations;
    QLabel *m_title;
    QLabel *m_empty;
    QPushButton *m_setup;
    QList<Card> m_cards;
    QTimer *m_refreshLater;
    DashboardView *m_dashboard;
    qint64 m_scope = 0;
};
