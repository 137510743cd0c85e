// Checks what the Maven runs of invoker.properties left behind: the generated sources, the offline
// SQL script and the build log of every step.
def migrations = new File(basedir, 'src/main/java/com/example/migrations')
def revisions = migrations.listFiles().findAll { it.name.endsWith('.java') }
assert revisions.size() == 2 : "two generated revisions expected in ${migrations}, found ${revisions*.name}"
def first = revisions.find { it.text.contains('create owners and pets') }
def second = revisions.find { it.text.contains('add visits') }
assert first && second
assert first.text.contains('createTable') && first.text.contains('"owner"') && first.text.contains('"pet"')
assert second.text.contains('"visit"') && second.text.contains('dropTable')
def firstId = (first.name =~ /_([0-9a-f]{12})\.java/)[0][1]
def secondId = (second.name =~ /_([0-9a-f]{12})\.java/)[0][1]

def sql = new File(basedir, 'target/upgrade.sql').text
assert sql.contains('CREATE TABLE owner') && sql.contains('CREATE TABLE visit')
assert sql.contains("-- Running upgrade ${firstId} -> ${secondId}")

def log = new File(basedir, 'build.log').text
// step 2: applied, nothing pending, at the head, the graph
assert log.contains("Running upgrade base -> ${firstId}, create owners and pets")
assert log.contains('No new upgrade operations detected.')
assert log.contains("[INFO] Rev: ${firstId} (head) (current)")
assert log.contains("[INFO] Rev: ${firstId} (head)")
// step 3: the pending table named, the build failed with it
assert log.contains('[ERROR] New upgrade operations detected: [createTable(visit)]')
// step 5 and 7: up, then one step back
assert log.contains("Running upgrade ${firstId} -> ${secondId}, add visits")
assert log.contains("Running downgrade ${secondId} -> ${firstId}, add visits")
assert log.contains("[INFO] ${firstId} (current)")
// step 8: one clear line
assert log.contains("No such revision or branch label '0123456789ab'")
return true
