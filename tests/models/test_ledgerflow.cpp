// The closed loop as a state machine, exhaustively: every action from every state is allowed
// exactly when the table says so, and leads where it says.

#include "ledger/LedgerFlow.h"

#include <QTest>

class TestLedgerFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActionFromEveryState()
    {
        using S = LedgerState;
        using A = LedgerAction;
        // The table of the issue: (from, action) -> to. Visit is checked below.
        const QList<std::tuple<S, A, S>> allowed = {
            {S::Recorded, A::Accept, S::Accepted},     {S::Recorded, A::Close, S::Closed},
            {S::Accepted, A::Close, S::Closed},        {S::InProgress, A::Close, S::Closed},
            {S::Accepted, A::Progress, S::InProgress}, {S::Accepted, A::Dispatch, S::Dispatched},
            {S::Dispatched, A::Take, S::InProgress},   {S::Accepted, A::Escalate, S::Escalated},
            {S::Escalated, A::Report, S::InProgress},  {S::InProgress, A::Progress, S::InProgress},
            {S::InProgress, A::Suspend, S::Suspended}, {S::Suspended, A::Resume, S::InProgress},
        };
        int checked = 0;
        for (S state : LedgerFlow::states()) {
            for (A action : LedgerFlow::actions()) {
                if (action == A::Visit)
                    continue;
                std::optional<S> expected;
                for (const auto &[from, act, to] : allowed) {
                    if (from == state && act == action)
                        expected = to;
                }
                const auto got = LedgerFlow::next(state, action);
                QVERIFY2(got == expected, qPrintable(LedgerFlow::code(state) + QLatin1Char(' ') + LedgerFlow::code(action)));
                ++checked;
            }
        }
        QCOMPARE(checked, 8 * 9);
    }

    void visits()
    {
        for (LedgerState state : LedgerFlow::states()) {
            for (Satisfaction satisfaction : {Satisfaction::Satisfied, Satisfaction::BasicallySatisfied, Satisfaction::Dissatisfied}) {
                const auto got = LedgerFlow::next(state, LedgerAction::Visit, satisfaction);
                if (state != LedgerState::Closed) {
                    QVERIFY(!got); // a visit before closing, or after visiting, is refused
                } else {
                    QCOMPARE(*got, satisfaction == Satisfaction::Dissatisfied ? LedgerState::InProgress : LedgerState::Visited);
                }
            }
            QVERIFY(!LedgerFlow::next(state, LedgerAction::Visit)); // without a satisfaction
        }
        // Nothing at all can be done to a visited item.
        QVERIFY(LedgerFlow::available(LedgerState::Visited).isEmpty());
        QCOMPARE(LedgerFlow::available(LedgerState::Suspended), QList<LedgerAction>{LedgerAction::Resume});
        QCOMPARE(LedgerFlow::available(LedgerState::Closed), QList<LedgerAction>{LedgerAction::Visit});
    }

    void codesRoundTrip()
    {
        for (LedgerState state : LedgerFlow::states())
            QCOMPARE(LedgerFlow::stateFromCode(LedgerFlow::code(state)), std::optional(state));
        for (LedgerAction action : LedgerFlow::actions())
            QCOMPARE(LedgerFlow::actionFromCode(LedgerFlow::code(action)), std::optional(action));
        QCOMPARE(LedgerFlow::code(LedgerState::InProgress), QStringLiteral("in_progress"));
        QVERIFY(!LedgerFlow::stateFromCode(QStringLiteral("done")));
    }
};

QTEST_GUILESS_MAIN(TestLedgerFlow)
#include "test_ledgerflow.moc"
