#pragma once

#include <QPlainTextDocumentLayout>

namespace seqring
{

// The layout of a read-only code view edited in place (the request preview's body): an
// edit inside one line lays out and repaints that line alone. Qt's own layout repaints
// the whole view for it, because the edit (and a syntax highlighter's new formats) has
// already thrown the line's layout away when the layout hears of the change.
class LineTextLayout : public QPlainTextDocumentLayout
{
    Q_OBJECT
public:
    explicit LineTextLayout(QTextDocument *document);

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    int m_blockCount = 0;
};

} // namespace seqring
