#pragma once

#include <QWidget>

class Database;
class OrgService;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

/// The overview: the headline figures of the database at a glance. Later issues add charts.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(const Database &database, OrgService &organisations, QWidget *parent = nullptr);

    /// Reads the figures again (cheap: running counts, not table scans).
    void refresh();
    /// The figure shown for a key of Headline::toJson(), for tests.
    QString figureText(const QString &key) const;

Q_SIGNALS:
    /// The database is empty and the clerk wants to set it up.
    void setupRequested();

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
};
