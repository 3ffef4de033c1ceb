/* test_panel.c — the coordination graph's measures that panel and blocs report
 * (src/analysis/panel.c): components and the greedy modularity, on graphs whose answers were
 * worked out by hand. */
#include "analysis/analysis.h"
#include "test.h"

#include <math.h>

static ag_coord graph(int m, const int (*edges)[2], int ne, uint8_t *adj) {
    memset(adj, 0, (size_t)m * (size_t)m);
    for (int i = 0; i < ne; i++) adj[edges[i][0] * m + edges[i][1]] = adj[edges[i][1] * m + edges[i][0]] = 1;
    return (ag_coord){.m = m, .links = ne, .actor = NULL, .adj = adj};
}

int main(void) {
    uint8_t adj[64];
    int largest, comms, label[8];
    /* Two triangles {0,1,2} and {3,4,5} joined by the edge 2-3, and an isolated node 6:
     * L = 7; each triangle has 3 inner links and degree sum 7, so
     * Q = 2 x (3/7 - (7/14)^2) = 6/7 - 1/2 = 0.357142...; communities 3 (with the isolate). */
    static const int two_triangles[][2] = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}};
    ag_coord g = graph(7, two_triangles, 7, adj);
    CHECK(ag_coord_components(&g, &largest) == 2 && largest == 6);
    double q = ag_coord_modularity(&g, &comms, label);
    CHECK(fabs(q - (6.0 / 7 - 0.5)) < 1e-9);
    CHECK(comms == 3);
    CHECK(label[0] == label[1] && label[1] == label[2] && label[3] == label[4] && label[4] == label[5] && label[0] != label[3]);
    CHECK(label[6] != label[0] && label[6] != label[3]);
    /* One edge: merging its two ends gives Q = 1 - (2/2)^2 = 0, one community. */
    static const int one[][2] = {{0, 1}};
    g = graph(2, one, 1, adj);
    q = ag_coord_modularity(&g, &comms, NULL);
    CHECK(fabs(q) < 1e-12 && comms == 1);
    CHECK(ag_coord_components(&g, &largest) == 1 && largest == 2);
    /* No edge: Q = 0, every node its own community and component. */
    g = graph(4, one, 0, adj);
    q = ag_coord_modularity(&g, &comms, NULL);
    CHECK(q == 0 && comms == 4);
    CHECK(ag_coord_components(&g, &largest) == 4 && largest == 1);
    /* Two disjoint edges: communities {0,1}, {2,3}; Q = 2 x (1/2 - (2/4)^2) = 0.5. */
    static const int two[][2] = {{0, 1}, {2, 3}};
    g = graph(4, two, 2, adj);
    q = ag_coord_modularity(&g, &comms, NULL);
    CHECK(fabs(q - 0.5) < 1e-12 && comms == 2);
    /* The empty graph. */
    g = graph(0, one, 0, adj);
    CHECK(ag_coord_modularity(&g, &comms, NULL) == 0 && comms == 0);
    CHECK(ag_coord_components(&g, &largest) == 0 && largest == 0);
    TEST_MAIN_END();
}
