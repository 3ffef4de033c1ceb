/* fuzz.h — shared by the fuzz targets. Each target defines LLVMFuzzerTestOneInput; built
 * with -fsanitize=fuzzer it is a libFuzzer binary (make fuzz), built with
 * AIGOV_FUZZ_STANDALONE it is a regression runner that feeds every file named on the
 * command line (or found in the directories named) to the target, as ctest does with
 * tests/fuzz-regressions/<target>/. */
#ifndef AIGOV_FUZZ_H
#define AIGOV_FUZZ_H
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifdef AIGOV_FUZZ_STANDALONE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int fuzz_run_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return 1; }
    uint8_t *buf = malloc(1 << 20);
    size_t n = buf ? fread(buf, 1, 1 << 20, f) : 0;
    fclose(f);
    if (!buf) return 1;
    LLVMFuzzerTestOneInput(buf, n);
    free(buf);
    return 0;
}

int main(int argc, char **argv) {
    int files = 0, bad = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) { perror(argv[i]); return 1; }
        if (!S_ISDIR(st.st_mode)) { bad |= fuzz_run_file(argv[i]); files++; continue; }
        DIR *d = opendir(argv[i]);
        struct dirent *e;
        while (d && (e = readdir(d))) {
            if (e->d_name[0] == '.') continue;
            char p[4096];
            snprintf(p, sizeof p, "%s/%s", argv[i], e->d_name);
            bad |= fuzz_run_file(p);
            files++;
        }
        if (d) closedir(d);
    }
    printf("%d passed, %d failed\n", bad ? files - 1 : files, bad ? 1 : 0);
    return bad;
}
#endif
#endif
