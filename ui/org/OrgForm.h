#pragma once

#include "org/Organisation.h"
#include "org/OrgValidator.h"

#include <QWidget>

#include <optional>

class DateLineEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// The fields of one organisation, checked as the clerk types: a problem is named under the form
/// and marks its field, and validityChanged() lets the owner enable its Save button.
class OrgForm : public QWidget
{
    Q_OBJECT

public:
    explicit OrgForm(QWidget *parent = nullptr);

    /// The kind of the organisation above (nullopt for the top); limits the kinds offered.
    void setParentKind(std::optional<OrgKind> parentKind);
    void setOrganisation(const Organisation &org);
    /// The organisation as the fields now describe it (id, parent and dissolved date kept).
    Organisation organisation() const;

    bool isValid() const { return m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void edited();
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void fillKinds();
    void revalidate();
    QWidget *fieldFor(OrgValidator::Field field) const;
    void onEdited();

    std::optional<OrgKind> m_parentKind;
    Organisation m_original;
    QStringList m_problems;
    bool m_modified = false;
    bool m_valid = true;

    QLabel *m_nameLabel = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_secretaryLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_householdsLabel = nullptr;
    QLabel *m_establishedLabel = nullptr;
    QLabel *m_dissolvedLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_secretary = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_households = nullptr;
    DateLineEdit *m_established = nullptr;
    QLabel *m_dissolved = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_messages = nullptr;
};
