#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

/// The first start on an empty database: the names of the district and sub-district, or the demo
/// data for a first look.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Names, Demo };

    explicit FirstRunDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString district() const;
    QString subdistrict() const;

    QLineEdit *districtEdit() const { return m_district; }
    QLineEdit *subdistrictEdit() const { return m_subdistrict; }
    QPushButton *demoButton() const { return m_demo; }

private:
    void revalidate();

    Choice m_choice = Choice::Names;
    QLineEdit *m_district;
    QLineEdit *m_subdistrict;
    QLabel *m_problem;
    QPushButton *m_create;
    QPushButton *m_demo;
};
