#pragma once

#include "core/Result.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

/// A dialog holding one form: OK saves through a service; when the service refuses, its message
/// shows above the buttons and the dialog stays open with everything typed, nothing saved.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(const QString &title, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// The id of the record saved (after accept).
    qint64 savedId() const { return m_savedId; }

    void accept() override;

protected:
    /// Saves the form; a failure keeps the dialog open with the message.
    virtual Result<qint64> submit() = 0;
    /// What is missing before OK can be pressed, or an empty string (checked as the clerk types).
    virtual QString missing() const { return {}; }
    /// Re-checks the form: call when a field changes.
    void revalidate();
    /// Shows a message at the form.
    void showProblem(const QString &text);

private:
    QFormLayout *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    qint64 m_savedId = 0;
};
