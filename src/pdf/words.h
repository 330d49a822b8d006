/*
 * words.h - where display text (titles, headings, captions, the cover,
 * key-figure labels) may break: ICU's dictionary-based word break
 * iterator finds the words of Chinese text, and the layout engine then
 * breaks between them (layout.h, BL_BRK_*).  Body text keeps the
 * character-level clreq breaking: the dictionary is asked for display
 * lines only.
 *
 * Classes of the position before character i:
 *   BL_BRK_WORD  inside an ICU word, or inside a compound ICU splits but a
 *                title must keep whole (知识产权, 人民政府, 做优做强: the
 *                list in words.c, which tests/checks/check_pdf.py repeats),
 *                or inside an ordinal (第十七届) or a range of two numbers
 *                (1978-2010, 3～5, 10至20: DISPLAY_UNITS there), or before
 *                an office's last character that ICU leaves a word of its
 *                own after a name of two characters or more (指挥|部,
 *                财政|厅, 政府|办: OFFICE_SUFFIXES there);
 *   BL_BRK_WEAK  between two one-character words neither of which is a
 *                function word (印|发, 全|省: the dictionary did not know
 *                the word);
 *   BL_BRK_GOOD  after 关于/的/和/与/及…, before 的/和/与/及…, after the
 *                hyphen of a Latin name (a-file-name);
 *   BL_BRK_PHRASE before 关于 (關於) after a Han character but 有: the
 *                issuer ends there (…指挥部|关于…, GB/T 9704 7.3.1);
 *   BL_BRK_ANY   elsewhere.
 */
#ifndef BL_WORDS_H
#define BL_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "bulletin_int.h"
#include "layout.h"

typedef struct bl_words bl_words;

/* A word finder for one thread (ICU's break iterator is not shared).
 * *out is NULL and BULLETIN_OK when ICU has no word break data: display
 * text then breaks like body text. */
bulletin_status bl_words_open(const bulletin_mem *mem, bl_words **out);

void bl_words_close(bl_words *w);

/* Classes of chars[0 .. n): cls[i] for a break before chars[i] (cls[0]
 * is BL_BRK_ANY).  Leaves BL_BRK_NEVER classes already in cls alone. */
bulletin_status bl_words_classify(bl_words *w, const bl_lay_char *chars, size_t n, uint8_t *cls);

/* ICU is loaded when the first word finder opens (words.c).  When
 * bl_words_transient is set (an export of one bulletin in this process:
 * src/export/export.c), bl_words_unload gives it back once no finder is
 * open (ICU's memory freed, its libraries unmapped: some 3.7 MB of its
 * code and data resident while the fonts are subset); it is loaded again
 * if a finder opens later.  Otherwise (a batch, a combined workbook, a
 * caller of the library) it stays for the next bulletin.  A process that
 * had ICU before the first finder opened (a host program's) keeps it
 * whole: its state is never cleaned up under the host. */
extern bool bl_words_transient;
void bl_words_unload(void);

#endif
