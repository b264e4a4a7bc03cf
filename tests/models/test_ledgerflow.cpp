// The closed loop as a state machine, exhaustively: every action from every state is allowed
// exactly when the table says so, and leads where it says; and the facts beyond the
// state (departments summoned and still at work, a category a leader signs off) as they change it.

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
            {S::InProgress, A::Escalate, S::Escalated}, // the grid tried and could not
            {S::Escalated, A::Report, S::InProgress},  {S::InProgress, A::Progress, S::InProgress},
            {S::InProgress, A::Suspend, S::Suspended}, {S::Suspended, A::Resume, S::InProgress},
            {S::AwaitingSignOff, A::SignOff, S::Closed}, {S::AwaitingSignOff, A::SendBack, S::InProgress},
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
        QCOMPARE(checked, 9 * 12);
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

    void factsBeyondTheState()
    {
        using S = LedgerState;
        using A = LedgerAction;
        LedgerFlowFacts atWork;
        atWork.summonsToReport = 1;
        atWork.summonsToFinish = 1;
        // 事不完、人不撤: no closing and no second whistle while a summoned department is at work.
        for (S state : {S::Recorded, S::Accepted, S::InProgress})
            QVERIFY(!LedgerFlow::next(state, A::Close, std::nullopt, atWork));
        QVERIFY(!LedgerFlow::next(S::InProgress, A::Escalate, std::nullopt, atWork));
        // The others report in, and those in report done, from 办理中.
        QCOMPARE(LedgerFlow::next(S::InProgress, A::Report, std::nullopt, atWork), std::optional(S::InProgress));
        QCOMPARE(LedgerFlow::next(S::InProgress, A::ReportDone, std::nullopt, atWork), std::optional(S::InProgress));
        LedgerFlowFacts reported;
        reported.summonsToFinish = 2;
        QVERIFY(!LedgerFlow::next(S::InProgress, A::Report, std::nullopt, reported));
        QCOMPARE(LedgerFlow::available(S::InProgress, reported),
                 (QList<A>{A::ReportDone, A::Progress, A::Suspend}));
        // A category a leader signs off: closing waits for the sign-off.
        LedgerFlowFacts signOff;
        signOff.needsSignOff = true;
        for (S state : {S::Recorded, S::Accepted, S::InProgress})
            QCOMPARE(LedgerFlow::next(state, A::Close, std::nullopt, signOff), std::optional(S::AwaitingSignOff));
        QVERIFY(LedgerFlow::isRunning(S::AwaitingSignOff));
        QVERIFY(!LedgerFlow::isDone(S::AwaitingSignOff));
    }

    void codesRoundTrip()
    {
        for (LedgerState state : LedgerFlow::states())
            QCOMPARE(LedgerFlow::stateFromCode(LedgerFlow::code(state)), std::optional(state));
        for (LedgerAction action : LedgerFlow::actions())
            QCOMPARE(LedgerFlow::actionFromCode(LedgerFlow::code(action)), std::optional(action));
        QCOMPARE(LedgerFlow::code(LedgerState::InProgress), QStringLiteral("in_progress"));
        QCOMPARE(LedgerFlow::code(LedgerState::AwaitingSignOff), QStringLiteral("awaiting_signoff"));
        QCOMPARE(LedgerFlow::code(LedgerAction::ReportDone), QStringLiteral("report_done"));
        QVERIFY(!LedgerFlow::stateFromCode(QStringLiteral("done")));
    }
};

QTEST_GUILESS_MAIN(TestLedgerFlow)
#include "test_ledgerflow.moc"
