# Thin front over CMake + CTest. Each target installs the Debian packages it needs
# (scripts/deps.sh): `make run`, `make run-server` and `make install` only what builds and
# runs aigov; `make test` also what the tests need; `make bench-server` also wrk.
BUILD ?= build
TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
PROFILE ?= examples/cv-screener-us-to-eu.json

FUZZ_SECONDS ?= 60

.PHONY: all deps deps-test configure build quiet-cli run run-server install test asan bench bench-server fuzz clean

all: build

deps:
	@bash scripts/deps.sh run

deps-test:
	@bash scripts/deps.sh test

# Configures (again when asked: cheap, and picks up packages installed since).
configure:
	@mkdir -p $(BUILD)
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(TYPE) >$(BUILD)/configure.log 2>&1 \
	  || { tail -n 30 $(BUILD)/configure.log; echo "cmake failed; the whole log: $(BUILD)/configure.log" >&2; exit 2; }

build: deps configure
	cmake --build $(BUILD) -j $(JOBS)

# Builds only the aigov binary (and the libraries it links), quietly: the build's output
# goes to $(BUILD)/make-run.log and is shown (its tail) only when the build fails. Prints
# only the report.
quiet-cli: deps configure
	@cmake --build $(BUILD) -j $(JOBS) --target aigov >$(BUILD)/make-run.log 2>&1 \
	  || { tail -n 40 $(BUILD)/make-run.log; echo "build failed; the whole log: $(BUILD)/make-run.log" >&2; exit 2; }

run: quiet-cli
	@./$(BUILD)/aigov check $(PROFILE)

# The registry service on 127.0.0.1 with a fresh database; ends with the URL and the
# command that makes a token.
PORT ?= 8080
run-server: quiet-cli
	@bash scripts/run-server.sh ./$(BUILD)/aigov $(PORT)

# Installs the binary, libaigov.so (with its soname) and libaigov.a, the header, aigov.pc,
# the man page, the bash and zsh completions and the example systemd unit under
# $(DESTDIR)$(PREFIX) (docs/install.md).
# Configured with the prefix, so that GNUInstallDirs picks the library directory for it
# (lib/x86_64-linux-gnu under /usr on Debian, lib elsewhere); aigov.pc is written at install
# time with the prefix it lands under.
PREFIX ?= /usr/local
install: deps
	@mkdir -p $(BUILD)
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(TYPE) -DCMAKE_INSTALL_PREFIX=$(PREFIX) >$(BUILD)/configure.log 2>&1 \
	  || { tail -n 30 $(BUILD)/configure.log; echo "cmake failed; the whole log: $(BUILD)/configure.log" >&2; exit 2; }
	@cmake --build $(BUILD) -j $(JOBS) --target aigov aigov_shared aigov_core completions >$(BUILD)/make-install.log 2>&1 \
	  || { tail -n 40 $(BUILD)/make-install.log; echo "build failed; the whole log: $(BUILD)/make-install.log" >&2; exit 2; }
	DESTDIR=$(DESTDIR) cmake --install $(BUILD) --prefix $(PREFIX)

bench-server: build
	@bash scripts/deps.sh bench-server
	bash bench/bench_server.sh ./$(BUILD)/aigov

test: deps-test build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan: deps-test
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DAIGOV_SANITIZE=ON >/dev/null
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure -j $(JOBS)

# Measures aigov beside Cedar and CEL (installed with npm into $(BUILD)/bench/peers) and a
# hand-written C loop, and prints one table (docs/performance.md).
bench: build
	@command -v node >/dev/null && command -v npm >/dev/null || bash scripts/deps.sh run nodejs npm
	python3 bench/run.py $(BUILD)
	./$(BUILD)/bench_legitimacy
	./$(BUILD)/bench_conflicts $(BUILD)/bench-corpus-10k ./$(BUILD)/aigov

# libFuzzer targets (clang), each run for FUZZ_SECONDS; see scripts/fuzz.sh.
fuzz:
	@bash scripts/deps.sh test clang libclang-rt-14-dev
	CC=clang cmake -S . -B build-fuzz -DAIGOV_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build build-fuzz -j $(JOBS) --target fuzz_yaml fuzz_corpus fuzz_cel fuzz_profile fuzz_criteria fuzz_overlay fuzz_http fuzz_merkle
	bash scripts/fuzz.sh build-fuzz $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) build-asan
