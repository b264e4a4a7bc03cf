#pragma once

#include <QDialog>

class OrgCombo;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class Workspace;

/// The quarterly package for the district (季度报送): the quarter, the organisation, the folder,
/// and whether residents' names and phone numbers go along (masked otherwise).
class ExportQuarterDialog : public QDialog
{
    Q_OBJECT

public:
    ExportQuarterDialog(Workspace &workspace, qint64 scopeId, QWidget *parent = nullptr);

    /// Writes the package; false with the reason shown.
    bool exportNow();

    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *personalBox() const { return m_personal; }
    QLabel *statusLabel() const { return m_status; }

private:
    Workspace &m_workspace;
    QSpinBox *m_year;
    QComboBox *m_quarter;
    OrgCombo *m_org;
    QLineEdit *m_folder;
    QCheckBox *m_personal;
    QLabel *m_status;
};
