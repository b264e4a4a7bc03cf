#pragma once

#include "org/OrgKind.h"

#include <QComboBox>

class OrgService;

/// Choosing an organisation of some kinds within the scope chosen in the tree: type part of its
/// name to narrow the list. Falls back to the whole tree when the scope holds none of those kinds.
class OrgCombo : public QComboBox
{
    Q_OBJECT

public:
    OrgCombo(OrgService &service, const QList<OrgKind> &kinds, qint64 scopeId, QWidget *parent = nullptr);

    qint64 currentId() const;
    void setCurrentId(qint64 id);
    /// Lists organisations of other kinds; the one chosen stays chosen when it is of them.
    void setKinds(const QList<OrgKind> &kinds);

private:
    void fill(const QList<OrgKind> &kinds);

    OrgService &m_service;
    qint64 m_scope;
};
