/* fuzz_yaml.c — libyaml events -> ag_ynode trees: any bytes must give a tree or a
 * diagnostic, never a crash, a hang or a leak (aliases, anchors, depth bombs, NULs). */
#include "fuzz.h"
#include "base/yamltree.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    ag_arena a;
    ag_arena_init(&a);
    aigov_diags d;
    aigov_diags_init(&d, 8);
    ag_yaml_parse(&a, "fuzz.yaml", 0, (const char *)data, size, &d);
    for (int i = 0; i < d.n; i++) free(aigov_diag_format(&d.items[i]));
    aigov_diags_free(&d);
    ag_arena_free(&a);
    return 0;
}
