/* fuzz_corpus.c — the corpus loader on hostile instrument files: the input becomes
 * instruments/fuzz.yaml next to the small valid corpus of tests/fixtures/mini (copied
 * once into a temporary directory), and the whole corpus is loaded and validated. */
#include "fuzz.h"
#include "corpus/corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[256];

static void setup(void) {
    if (dir[0]) return;
    snprintf(dir, sizeof dir, "/tmp/aigov-fuzz-corpus-%d", (int)getpid());
    char cmd[1024];
    const char *src = getenv("AIGOV_FUZZ_MINI") ? getenv("AIGOV_FUZZ_MINI") : "tests/fixtures/mini";
    snprintf(cmd, sizeof cmd, "rm -rf %s && cp -r %s %s", dir, src, dir);
    if (system(cmd) != 0) { fprintf(stderr, "cannot copy %s (run from the repository root)\n", src); abort(); }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    setup();
    char path[512];
    snprintf(path, sizeof path, "%s/instruments/fuzz.yaml", dir);
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    fwrite(data, 1, size, f);
    fclose(f);
    aigov_diags d;
    aigov_diags_init(&d, 100);
    aigov_corpus *c = NULL;
    if (aigov_corpus_load_dir(dir, &c, &d) == AIGOV_OK && !c) abort();
    for (int i = 0; i < d.n; i++) free(aigov_diag_format(&d.items[i]));
    aigov_corpus_free(c);
    aigov_diags_free(&d);
    return 0;
}
