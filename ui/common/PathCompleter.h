#pragma once

#include <QCompleter>

class QComboBox;
class PathFilter;

/// Completion for an editable combo box of organisation paths ("光明社区 › 第3网格"). What is typed
/// is looked for in each path with the separators and spaces left out of both, so that 光明社区第3
/// finds 光明社区 › 第3网格, and 光明 第3 as well.
class PathCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit PathCompleter(QComboBox *combo);

    /// The row the typed text names: the entry it spells out, else the only entry it finds;
    /// -1 when it finds none or several.
    static int chosenRow(const QComboBox *combo);

private:
    QComboBox *m_combo;
    PathFilter *m_filter;
};
