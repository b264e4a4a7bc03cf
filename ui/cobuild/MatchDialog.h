#pragma once

#include "cobuild/ResourceMatcher.h"
#include "common/FormDialog.h"

class DateLineEdit;
class QTableWidget;
class Workspace;

/// The resources suggested for a need, best first; accepting one links it and marks the need
/// matched.
class MatchDialog : public FormDialog
{
    Q_OBJECT

public:
    MatchDialog(Workspace &workspace, qint64 needId, const QString &needTitle, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int suggestionCount() const { return int(m_candidates.size()); }

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    Workspace &m_workspace;
    qint64 m_needId;
    QList<MatchCandidate> m_candidates;
    QTableWidget *m_table;
    DateLineEdit *m_on;
};
