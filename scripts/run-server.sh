echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
#echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
!echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
becho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
becho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
#echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
`echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
mecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
kecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
`echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
:echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
yecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
1echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
2echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
7echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
1echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
:echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
wecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
fecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
becho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
(echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
wecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
#echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
mecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
yecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
fecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
)echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Wecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
,echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
wecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
#echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
mecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
mecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
mecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
kecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
kecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
fecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
wecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
(echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
)echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
#echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
fecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
=echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
1echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
=echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
{echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
2echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
:echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
8echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
8echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
}echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
=echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
(echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
mecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
kecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
mecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
)echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
becho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
=echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
yecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
becho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
becho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
becho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
1echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
2echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
7echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
1echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
:echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
2echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
>echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
&echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
=echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
!echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
'echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
kecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
2echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
>echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
;echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
wecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
2echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
>echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
;echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
xecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
'echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Mecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
fecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
_echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
(echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
qecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
1echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
)echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
;echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
qecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
2echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
>echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
&echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
&echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
becho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
kecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
fecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
!echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
kecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
2echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
>echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
;echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
>echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
&echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
2echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
;echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
xecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
2echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
;echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
fecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
1echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
yecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
:echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
:echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
1echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
2echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
7echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
0echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
1echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
:echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
(echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
;echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
:echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
lecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
)echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
kecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
fecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
wecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
(echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
;echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
fecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
,echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
)echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
,echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
'echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
uecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
zecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
:echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Becho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Kecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
Necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
'echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
(echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
/echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
.echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
mecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
)echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
:echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
hecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
gecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
vecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
oecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
kecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
cecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
recho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
eecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
necho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
secho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
-echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
becho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
becho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
"echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
wecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
aecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
techo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
 echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
$echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
pecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
iecho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
decho "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"

echo "aigov registry: http://127.0.0.1:$port/  (Ctrl-C stops it; its log: $dir/serve.log)"
# A new registry makes one operator token at its first start and prints it once (docs/api.md).
op=$(grep -A1 "operator token" "$dir/serve.log" | grep -o 'agv_[A-Za-z0-9_]*' | head -1)
if [ -n "$op" ]; then
  echo "the operator token (shown once; it registers organisations and makes their tokens):"
  echo "  $op"
fi
echo "more tokens, sent as 'Authorization: Bearer TOKEN':"
echo "  $aigov token create HOLDER --db $db      (HOLDER: an organisation or a corpus actor, e.g. nist)"
echo "  $aigov token create --operator --db $db"
