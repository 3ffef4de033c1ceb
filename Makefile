# Thin front over CMake + CTest. `make run` and `make test` install what they need.
BUILD ?= build
TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
PROFILE ?= examples/cv-screener-us-to-eu.json

FUZZ_SECONDS ?= 60

.PHONY: all deps build run run-server test asan bench bench-server fuzz clean

all: build

deps:
	@bash scripts/deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(TYPE) >/dev/null

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/aigov check $(PROFILE)

# The registry service on 127.0.0.1 with a fresh database (a new temporary file each run).
PORT ?= 8080
run-server: build
	@db=$$(mktemp -d)/registry.db; \
	echo "aigov registry: http://127.0.0.1:$(PORT)/  (database $$db; Ctrl-C stops it)"; \
	echo "the operator token is printed below, once; more: ./$(BUILD)/aigov token create HOLDER|--operator --db $$db"; \
	./$(BUILD)/aigov serve --db $$db --listen 127.0.0.1:$(PORT)

bench-server: build
	bash bench/bench_server.sh ./$(BUILD)/aigov

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DAIGOV_SANITIZE=ON >/dev/null
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure -j $(JOBS)

# Measures aigov beside Cedar and CEL (installed with npm into $(BUILD)/bench/peers) and a
# hand-written C loop, and prints one table (docs/performance.md).
bench: build
	@command -v node >/dev/null && command -v npm >/dev/null || bash scripts/deps.sh nodejs npm
	python3 bench/run.py $(BUILD)
	./$(BUILD)/bench_legitimacy
	./$(BUILD)/bench_conflicts $(BUILD)/bench-corpus-10k ./$(BUILD)/aigov

# libFuzzer targets (clang), each run for FUZZ_SECONDS; see scripts/fuzz.sh.
fuzz:
	@bash scripts/deps.sh clang libclang-rt-14-dev
	CC=clang cmake -S . -B build-fuzz -DAIGOV_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build build-fuzz -j $(JOBS) --target fuzz_yaml fuzz_corpus fuzz_cel fuzz_profile fuzz_criteria fuzz_overlay fuzz_http fuzz_merkle
	bash scripts/fuzz.sh build-fuzz $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) build-asan
