#pragma once

#include <QDialog>

#include <functional>

class OrgPicker;
class OrgService;
class QDialogButtonBox;
class QLabel;

/// Choosing an organisation for a field (a member's branch, the community reported to). A check
/// decides which may be chosen; its message says why another may not.
class OrgPickerDialog : public QDialog
{
    Q_OBJECT

public:
    /// Returns an empty string for an organisation that may be chosen, else the reason.
    using Check = std::function<QString(qint64 id)>;

    OrgPickerDialog(OrgService &service, const QString &title, Check check, QWidget *parent = nullptr);

    qint64 chosenId() const { return m_chosen; }
    void choose(qint64 id);

private:
    void onCurrentChanged(qint64 id);

    Check m_check;
    qint64 m_chosen = 0;
    OrgPicker *m_picker;
    QLabel *m_verdict;
    QDialogButtonBox *m_buttons;
};
