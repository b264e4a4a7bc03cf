#pragma once

#include "core/Result.h"
#include "members/ServiceCard.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class CancelFlag;
class QPagedPaintDevice;
class QTextDocument;

/// The quarterly feedback card of an in-service member (在职党员到社区报到情况反馈卡), sent by the
/// community to the party organisation of the member's employer (双联双管): who, where they
/// reported, what they did in the quarter, service points, and a space for the community's
/// opinion and seal. A4; a card starts a page of its own, so that a batch for one employer
/// prints as one file. Needs a QGuiApplication (fonts).
namespace ServiceCardDocument {

/// Told how many cards are done, from the thread that prints them.
using Progress = std::function<void(int done)>;

std::unique_ptr<QTextDocument> build(const ServiceCard &card);

/// Prints the cards one after another on an A4 device, each from a new page; an error when
/// cancelled.
Outcome print(const QList<ServiceCard> &cards, QPagedPaintDevice *device, const CancelFlag *cancel = nullptr,
              const Progress &progress = {});

/// The name of the file of an employer's batch, and of one member's card.
QString batchFileName(const QString &employer, const Quarter &quarter);
QString cardFileName(const ServiceCard &card);

/// Writes the cards into folder as PDFs: one file per employer (the cards in their order), or
/// one per member. Every file is written under a temporary name first and renamed only once all
/// are written: cancelled, or failing while writing, no file is left and none replaced. The
/// paths written.
Result<QStringList> writeAll(const QList<ServiceCard> &cards, const QString &folder, bool perMember,
                             const CancelFlag *cancel = nullptr, const Progress &progress = {});

} // namespace ServiceCardDocument
