#include "ui/linetextlayout.h"

#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace seqring
{

LineTextLayout::LineTextLayout(QTextDocument *document)
    : QPlainTextDocumentLayout(document), m_blockCount(document->blockCount())
{
}

void LineTextLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    QTextDocument *doc = document();
    const QTextBlock block = doc->findBlock(from);
    const int blockCount = doc->blockCount();
    const bool oneLine = block.isValid() && block.isVisible() && blockCount == m_blockCount &&
                         block == doc->findBlock(qMax(0, from + charsAdded - 1));
    m_blockCount = blockCount;
    const int linesBefore = block.lineCount();
    if (!oneLine || linesBefore == 0) {
        QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
        return;
    }
    {
        // Its only signal here is the repaint of everything; the line's own follows.
        const QSignalBlocker blocker(this);
        QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
    }
    blockBoundingRect(block); // lays the line out again if Qt has not
    // The width may have changed (the scroll bars follow it), and the height when the
    // line wraps differently: then everything below it moves.
    Q_EMIT documentSizeChanged(documentSize());
    if (block.layout()->lineCount() == linesBefore)
        Q_EMIT updateBlock(block);
    else
        requestUpdate();
}

} // namespace seqring
