#pragma once

#include <QDialog>

class CalendarRepository;
class Database;
class QSpinBox;
class QTableWidget;

/// 节假日日历: the official holidays and make-up working days of a year, and importing next year's
/// notice (a CSV file of date,kind,name) when the State Council publishes it.
class CalendarDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarDialog(Database &database, QWidget *parent = nullptr);
    ~CalendarDialog() override;
    QTableWidget *table() const { return m_table; }
    void showYear(int year);
    /// Imports the file at path; returns whether it was taken.
    bool importFile(const QString &path);

private:
    void chooseFile();

    std::unique_ptr<CalendarRepository> m_calendar;
    QSpinBox *m_year;
    QTableWidget *m_table;
};
